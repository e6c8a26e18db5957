/** The few icons the app draws (inline SVG: no icon font to load, nothing that can render as a missing glyph). */
const SVG = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, 'aria-hidden': true } as const;

export function CopyIcon() {
  return (
    <svg {...SVG}>
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...SVG}>
      <path d="M4 12l5 5L20 6" />
    </svg>
  );
}
