// Lint rule: what a layered file imports (statically, dynamically, by require() or as a type) is on its closed list.
import { classify, isConfigFile, isTestFile, layerOf, layeredRoots, layers, repoPath, testExtras } from './layers.js';

/** What a file may import, read off its path; null for tooling (tests/, build/, config files), which is free. */
function roleOf(filename) {
  const rel = repoPath(filename);
  if (rel === null || isConfigFile(rel) || !layeredRoots.some((root) => rel.startsWith(`${root}/`))) return null;
  const layer = layerOf(rel);
  if (!layer) return { rel };
  return isTestFile(rel)
    ? {
        rel,
        layer,
        label: `tests in ${layer.folder}/`,
        may: [...layer.may, ...testExtras.may],
        packages: [...layer.packages, ...testExtras.packages],
      }
    : { rel, layer, label: `${layer.folder}/`, may: layer.may, packages: layer.packages };
}

function allows(role, target) {
  if (target.kind === 'layer') return role.may.includes(target.name);
  if (target.kind === 'package') return role.packages.includes(target.name);
  return target.kind !== 'unknown' && role.may.includes(target.kind);
}

const mayNames = {
  builtin: "Node's built-in modules",
  electron: 'electron',
  tests: 'tests and tooling',
  ...Object.fromEntries(layers.map((l) => [l.name, `${l.folder}/`])),
};

function describeTarget(target) {
  if (target.kind === 'layer') return mayNames[target.name];
  if (target.kind === 'package') return `the npm package ${target.name}`;
  if (target.kind === 'unknown') return target.why;
  return mayNames[target.kind];
}

/** The specifier when it is spelled out; undefined for a computed one. */
function literal(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

export const layering = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      refused: "{{label}} may not import '{{specifier}}' ({{target}}); it may import {{allowed}}.",
      nonLiteral: '{{label}} may import only spelled-out specifiers: a computed one could reach anything.',
      reference: "No triple-slash references in {{label}}: an environment's types come from its tsconfig.json.",
      unlayered: '{{rel}} belongs to no layer: add its folder to build/eslint-rules/layers.js first.',
    },
  },
  create(context) {
    const role = roleOf(context.filename);
    if (!role) return {};
    if (!role.layer) {
      context.report({ loc: { line: 1, column: 0 }, messageId: 'unlayered', data: { rel: role.rel } });
      return {};
    }
    const allowed = [...role.may.map((m) => mayNames[m]), ...role.packages].join(', ');

    const check = (node, sourceNode) => {
      const specifier = literal(sourceNode);
      if (specifier === undefined) {
        context.report({ node, messageId: 'nonLiteral', data: { label: role.label } });
        return;
      }
      const target = classify(specifier, context.filename);
      if (allows(role, target)) return;
      const data = { label: role.label, specifier, target: describeTarget(target), allowed };
      context.report({ node, messageId: 'refused', data });
    };

    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (comment.type === 'Line' && /^\/\s*<reference\b/.test(comment.value)) {
            context.report({ loc: comment.loc, messageId: 'reference', data: { label: role.label } });
          }
        }
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node, node.moduleReference.expression);
      },
      TSImportType: (node) => check(node, node.source),
    };
  },
};
