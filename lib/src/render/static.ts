/**
 * Static images of charts (SVG, PNG, PDF), for notebook outputs and exported files. They come
 * from the shared render service (render/service), so that this module, imported by display,
 * loads neither a browser nor vega, resvg or pdfkit into a notebook kernel.
 */
export { renderStatic, serviceRendererIdentity, warmRenderService, stopRenderService } from "./service/client";
export type { StaticFormat } from "./service/protocol";
export type { StaticFiles } from "./service/static-formats";
