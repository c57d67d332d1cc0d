// A small bitmap font drawn for the demo's pictures: 5×9 cells (7 above the baseline, 2 below),
// enough for the words of an error dialog, a title bar or a taskbar clock.
import type { Canvas, Colour } from './canvas.ts';

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 9;
/** One blank column between letters. */
const ADVANCE = GLYPH_WIDTH + 1;

const CHARACTERS =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,'!?-:/()%@_&+>";
/** Per character, nine rows as base-32 digits; a row's bits are its 5 columns, leftmost highest. */
const ROWS =
  'ehhvhhh00uhhuhhu00ehggghe00uhhhhhu00vgguggv00vgguggg00ehgnhhf00hhhvhhh00e44444e0072222ic00' +
  'hikokih00ggggggv00hrllhhh00hpljhhh00ehhhhhe00uhhuggg00ehhhlid00uhhukih00fgge11u00v44444400' +
  'hhhhhhe00hhhhha400hhhllla00hha4ahh00hha444400v1248gv0000e1fhf00gguhhhu0000egghe0011fhhhf00' +
  '00ehvge00698s8880000fhhf1heggmphhh0040c444e002062222icggikoki00c44444e0000qllll0000mphhh00' +
  '00ehhhe0000uhhuggg00fhhf11100mpggg0000fge1u0088s88960000hhhjd0000hhha40000hhlla0000ha4ah00' +
  '00hhhf1he00v248v00ehjlphe004c4444e00eh1248v00u11e11u0026aiv2200vgu11he0068guhhe00v12488800' +
  'ehhehhe00ehhf12c0000000000000000cc0000000cc48448000000444440400eh1240400000v000000cc0cc000' +
  '11248gg00248884200842224800pp248jj00ehnlnge00000000v00cic8lid00044v44000084248000';

const GLYPHS = new Map<string, number[]>(
  [...CHARACTERS].map((character, index) => [
    character,
    [...ROWS.slice(index * GLYPH_HEIGHT, (index + 1) * GLYPH_HEIGHT)].map((digit) =>
      parseInt(digit, 32),
    ),
  ]),
);

/** How wide `text` is drawn at `scale`, in pixels. */
export function textWidth(text: string, scale = 1): number {
  return Math.max(0, text.length * ADVANCE - 1) * scale;
}

/** Draws `text` with its top-left at (x, y), each font pixel a `scale`×`scale` square. */
export function drawText(
  canvas: Canvas,
  x: number,
  y: number,
  text: string,
  colour: Colour,
  scale = 1,
): void {
  let left = x;
  for (const character of text) {
    // A character the font lacks leaves a gap: the demo only writes what it knows.
    const rows = GLYPHS.get(character);
    rows?.forEach((bits, row) => {
      for (let column = 0; column < GLYPH_WIDTH; column++) {
        if (bits & (1 << (GLYPH_WIDTH - 1 - column))) {
          canvas.fill(left + column * scale, y + row * scale, scale, scale, colour);
        }
      }
    });
    left += ADVANCE * scale;
  }
}
