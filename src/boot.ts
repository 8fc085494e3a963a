/**
 * Every page's one entry script: the main page in each edition, each static embed page and the older embed.html.
 * One script, so a page asks for one file of code before its first paint, not an entry plus the chunks it would
 * share with another entry. It holds the stylesheet import and each kind of page's small start; the app's code
 * (main.tsx, embed-main.tsx) comes later, where the reader acts.
 */
import './index.css';
// The heights skipped parts reserve (src/app/section-heights.json, written as CSS by vite.config.ts).
import 'virtual:section-heights.css';
import { bootEmbedPage } from './boot-embed';
import { bootMainPage } from './boot-main';

/** embed.html and the embed pages built from it say what they are (`<meta name="explainer-page">`). */
const isEmbedPage = document.querySelector('meta[name="explainer-page"]')?.getAttribute('content') === 'embed';
if (isEmbedPage) bootEmbedPage();
else bootMainPage();
