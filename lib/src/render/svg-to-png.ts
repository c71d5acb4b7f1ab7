import { renderAsync } from "@resvg/resvg-js";
import { fontFamily } from "../charts/palette";
import { exportFontFiles } from "./fonts";

/**
 * PNG of an SVG at `scale` times its size (2 for sharp images on high-density screens and print).
 * The rasterising runs on libuv's thread pool, so a PDF can be written meanwhile.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const fonts = exportFontFiles();
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      fontFiles: Object.values(fonts),
      loadSystemFonts: false,
      defaultFontFamily: fontFamily.split(",")[0].trim(),
      sansSerifFamily: fontFamily.split(",")[0].trim(),
    },
  });
  return image.asPng();
}
