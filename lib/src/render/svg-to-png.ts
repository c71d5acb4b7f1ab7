import { Resvg } from "@resvg/resvg-js";
import { fontFamily } from "../charts/palette";
import { exportFontFiles } from "./fonts";

/** PNG of an SVG at `scale` times its size (2 for sharp images on high-density screens and print). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const fonts = exportFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      fontFiles: Object.values(fonts),
      loadSystemFonts: false,
      defaultFontFamily: fontFamily.split(",")[0].trim(),
      sansSerifFamily: fontFamily.split(",")[0].trim(),
    },
  });
  return resvg.render().asPng();
}
