/** The image types a capture or the encoder produces; both are accepted by the hub. */
export type ScreenshotImageType = 'image/jpeg' | 'image/png';

/** An encoded image with its pixel size, as captured or as it will be shared. */
export type Screenshot = {
  bytes: Uint8Array;
  type: ScreenshotImageType;
  width: number;
  height: number;
};

/** Decoded pixels: 4 bytes (R, G, B, A) per pixel, row by row, always opaque. */
export type Raster = {
  width: number;
  height: number;
  data: Uint8Array;
};
