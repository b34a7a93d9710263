// Decoding workspace.json text: current, unreadable with a reason, and newer-version documents.
import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode-document.ts';
import { emptyWorkspace, workspaceKind, type LegacyDecision } from './workspace-document.ts';

const decision = (n: number): LegacyDecision => ({
  id: `id-${n}`,
  number: n,
  title: `Decision ${n}`,
  status: 'proposed',
  date: '2024-01-01',
  decisionMakers: [],
  consulted: [],
  informed: [],
  tags: [],
  context: '',
  drivers: [],
  options: [],
  chosenOption: null,
  justification: '',
  consequences: '',
  confirmation: '',
  moreInformation: '',
  supersedes: [],
  supersededBy: null,
  analysisId: null,
  extraSections: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});
const text = (doc: unknown) => JSON.stringify(doc);

describe('decodeDocument', () => {
  it('accepts a current document as it is', () => {
    const doc = { ...emptyWorkspace(), nextDecisionNumber: 2, decisions: [decision(1)] };
    expect(decodeDocument(text(doc), workspaceKind)).toEqual({ state: 'current', doc });
  });

  it.each([
    ['{"schemaVersion": 2,', 'not valid JSON'],
    ['[1, 2]', 'does not hold a JSON object'],
    ['{"schemaVersion": "two"}', 'schemaVersion "two" is not a version number'],
    [
      '{"schemaVersion": 2, "nextDecisionNumber": 1, "decisions": [{"id": "x"}], "analyses": [], "settings": {}}',
      'decisions.0.number',
    ],
  ])('says why %s cannot be read', (input, reason) => {
    const decoded = decodeDocument(input, workspaceKind);
    expect(decoded.state).toBe('unreadable');
    expect(decoded.state === 'unreadable' && decoded.reason).toContain(reason);
  });

  it('rejects a document whose next number would reuse an existing one', () => {
    const doc = { ...emptyWorkspace(), nextDecisionNumber: 2, decisions: [decision(1), decision(5)] };
    const decoded = decodeDocument(text(doc), workspaceKind);
    expect(decoded.state === 'unreadable' && decoded.reason).toContain(
      'nextDecisionNumber: must be above every decision number (5)',
    );
  });

  it('rejects duplicate numbers and ids', () => {
    const doc = {
      ...emptyWorkspace(),
      nextDecisionNumber: 9,
      decisions: [decision(1), { ...decision(1), id: 'other' }, { ...decision(2), id: 'id-1' }],
    };
    const decoded = decodeDocument(text(doc), workspaceKind);
    expect(decoded.state === 'unreadable' && decoded.reason).toMatch(/duplicate number 1.*duplicate id id-1/);
  });

  it('marks a newer document, showing its content when this schema still accepts it', () => {
    const doc = { ...emptyWorkspace(), schemaVersion: 9, nextDecisionNumber: 2, decisions: [decision(1)] };
    expect(decodeDocument(text(doc), workspaceKind)).toMatchObject({
      state: 'newer',
      version: 9,
      doc: { decisions: [{ number: 1 }] },
    });
    expect(decodeDocument(text({ schemaVersion: 9, somethingNew: true }), workspaceKind)).toEqual({
      state: 'newer',
      version: 9,
      doc: null,
    });
  });
});
