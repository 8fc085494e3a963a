// Text made safe inside HTML text and double-quoted attributes: for the build's own writing of pages
// (vite.config.ts fills the templates' metadata, scripts/prerender.mjs each page's head).

/** @param {string} text */
export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
