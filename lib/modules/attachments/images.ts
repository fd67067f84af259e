// Photos, through sharp (libvips): their size as shown, and a phone variant — at most PHONE_MAX_SIDE on its long
// side, turned upright, as a JPEG without any metadata. Citizens' photos carry GPS positions and camera serials
// in their EXIF; the variant carries none of it.
import type { Sharp } from "sharp";
import { refusal } from "./refusals";
import { PHONE_MAX_SIDE, type AttachmentType } from "./types";

/** Larger images are refused before they are decoded (a small PNG can claim billions of pixels). */
export const MAX_IMAGE_PIXELS = 100_000_000;

const SHARP_FORMAT: Partial<Record<AttachmentType, string>> = { JPEG: "jpeg", PNG: "png", WEBP: "webp", GIF: "gif" };

export type ImageFacts = {
  width: number;
  height: number;
  phone: { data: Buffer; width: number; height: number };
};

// Loaded on first use: modules that never store a photo never load the native library.
let sharpModule: Promise<typeof import("sharp")> | undefined;
const loadSharp = () => (sharpModule ??= import("sharp"));

async function open(bytes: Buffer): Promise<Sharp> {
  const { default: sharp } = await loadSharp();
  // "error" rather than the default "warning": phones write JPEGs libjpeg warns about and browsers show fine.
  return sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS });
}

/** The image's upright size and its phone variant; refuses damaged images and images with too many pixels. */
export async function processImage(bytes: Buffer, type: AttachmentType): Promise<ImageFacts> {
  let meta;
  try {
    meta = await (await open(bytes)).metadata();
  } catch {
    throw refusal.damagedImage();
  }
  if (meta.format !== SHARP_FORMAT[type] || !meta.width || !meta.height) throw refusal.damagedImage();
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw refusal.tooManyPixels(MAX_IMAGE_PIXELS / 1_000_000);
  try {
    const { data, info } = await (
      await open(bytes)
    )
      .autoOrient()
      .resize({ width: PHONE_MAX_SIDE, height: PHONE_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" }) // JPEG has no transparency: a PNG's shows as white, not black
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true }); // sharp writes no metadata unless asked (withMetadata/keepExif)
    return {
      width: meta.autoOrient.width,
      height: meta.autoOrient.height,
      phone: { data, width: info.width, height: info.height },
    };
  } catch {
    throw refusal.damagedImage();
  }
}
