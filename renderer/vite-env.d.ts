// Ambient types for the renderer: Vite asset imports (CSS) and Svelte components.
/// <reference types="vite/client" />
/// <reference types="svelte" />
