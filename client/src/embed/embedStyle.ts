/** The component's own CSS, inside its shadow root: nothing here reaches the page, nor the page's CSS in. */
export const EMBED_CSS = `
:host { display: block; font: 14px/1.4 system-ui, sans-serif; color: #111827; }
figure { margin: 0; border: 1px solid #cbd5e1; border-radius: 6px; background: #ffffff; overflow: hidden; }
.graph { width: 100%; min-height: 200px; position: relative; }
.graph:focus-visible { outline: 3px solid #2563eb; outline-offset: -3px; }
figcaption { padding: 6px 10px; border-top: 1px solid #e2e8f0; font-size: 12px; color: #475569; }
figcaption a { color: #1d4ed8; }
.announce { margin: 0; padding: 0 10px; font-size: 13px; min-height: 0; }
.announce:empty { display: none; }
`;
