/** Width and height, in CSS pixels, of an SVG document's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = Number(root && /\swidth="([\d.]+)/.exec(root)?.[1]);
  const height = Number(root && /\sheight="([\d.]+)/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("SVG root element has no numeric width and height");
  return { width, height };
}
