// The heights the page reserves for the parts it lets the browser skip while far off screen, per edition and width
// class: measured by scripts/measure-section-heights.mjs into src/app/section-heights.json, written as CSS for the
// build by vite.config.ts (`virtual:section-heights.css`, imported by src/boot.ts).

/** The narrowest width of each class: a part is tallest at its class's narrowest width, so the guess is never short. */
export const WIDTHS = [320, 360, 400, 480, 640, 768, 1024];

/** Each skipped part, by selector. */
export const PARTS = { sources: 'main > section#sources', footer: 'body footer' };

/**
 * The CSS for the measured heights: for each edition and part, its height at the narrowest width, then one rule a
 * wider class. `auto`: once drawn, the browser remembers its real height.
 * @param {Record<string, Record<string, Record<string, number>>>} heights heights[edition][part][width]
 */
export function sectionHeightsCss(heights) {
  const rules = Object.entries(heights).flatMap(([lang, parts]) =>
    Object.entries(parts).flatMap(([part, byWidth]) =>
      WIDTHS.map((width, index) => {
        const rule = `:root:lang(${lang}) ${PARTS[/** @type {keyof typeof PARTS} */ (part)]} { contain-intrinsic-size: auto ${byWidth[width]}px; }`;
        return index === 0 ? rule : `@media (min-width: ${width}px) { ${rule} }`;
      }),
    ),
  );
  return `${rules.join('\n')}\n`;
}
