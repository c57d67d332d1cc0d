// Believable screenshots for the demo's requests: a desktop with its wallpaper and taskbar, the
// program that was open and the error dialog it showed, matching the request's category. Drawn
// in code (flat shapes and a small bitmap font), encoded as PNG, the same for the same seed.
import type { HelpCategory } from '@handraise/shared';
import { createCanvas, type Canvas, type Colour } from './canvas.ts';
import { drawText, GLYPH_HEIGHT, textWidth } from './pixel-font.ts';
import { pick, seededRandom } from './random.ts';
import { SCENES, type Scene } from './demo-screen-scenes.ts';

/** A small laptop screen's worth: big enough to read, small enough to send quickly. */
export const DEMO_SCREEN_SIZE = { width: 960, height: 600 } as const;
/** Pictures kept per category: the demo reuses them, drawing each once (about 30 ms each). */
export const VARIANTS_PER_CATEGORY = 6;
const TASKBAR_PX = 40;

const INK: Colour = [31, 41, 55];
const MUTED: Colour = [107, 114, 128];
const WHITE: Colour = [255, 255, 255];
const WALLPAPERS: readonly [Colour, Colour][] = [
  [
    [30, 64, 175],
    [14, 116, 144],
  ],
  [
    [21, 94, 117],
    [22, 101, 52],
  ],
  [
    [88, 28, 135],
    [30, 64, 175],
  ],
  [
    [15, 23, 42],
    [51, 65, 85],
  ],
  [
    [154, 52, 18],
    [120, 53, 15],
  ],
];
const APP_COLOURS: readonly Colour[] = [
  [37, 99, 235],
  [22, 163, 74],
  [234, 88, 12],
  [219, 39, 119],
  [202, 138, 4],
];

type Rect = { x: number; y: number; width: number; height: number };

/** Grey bars where a page's lines of text would be: reads as text from across the room. */
function textLines(canvas: Canvas, area: Rect, random: () => number, colour: Colour): void {
  const pitch = 16;
  for (let y = area.y; y + 8 <= area.y + area.height; y += pitch) {
    if (random() < 0.12) continue; // a paragraph break
    let x = area.x;
    const end = area.x + area.width * (0.7 + 0.3 * random());
    while (x < end) {
      const word = 14 + Math.floor(random() * 46);
      canvas.fill(x, y, Math.min(word, end - x), 7, colour);
      x += word + 7;
    }
  }
}

function drawTaskbar(canvas: Canvas, random: () => number): void {
  const top = canvas.height - TASKBAR_PX;
  canvas.fill(0, top, canvas.width, TASKBAR_PX, [17, 24, 39]);
  canvas.fill(0, top, canvas.width, 1, [55, 65, 81]);
  // The start button, then the programs pinned to the bar; the open one is underlined.
  canvas.rounded(10, top + 8, 24, 24, 5, [59, 130, 246]);
  APP_COLOURS.forEach((colour, index) => {
    const x = 52 + index * 40;
    canvas.rounded(x, top + 9, 22, 22, 4, colour);
    if (index === 0) canvas.fill(x + 4, top + 35, 14, 3, [147, 197, 253]);
  });
  const hour = 8 + Math.floor(random() * 7);
  const minute = Math.floor(random() * 60);
  const clock = `${hour}:${String(minute).padStart(2, '0')}`;
  drawText(canvas, canvas.width - 16 - textWidth(clock, 2), top + 11, clock, WHITE, 2);
}

function drawWindowBody(canvas: Canvas, scene: Scene, body: Rect, random: () => number): void {
  const inner = {
    x: body.x + 24,
    y: body.y + 24,
    width: body.width - 48,
    height: body.height - 48,
  };
  if (scene.window === 'browser') {
    canvas.fill(body.x, body.y, body.width, 40, [241, 245, 249]);
    canvas.rounded(body.x + 70, body.y + 8, body.width - 90, 24, 12, WHITE);
    drawText(canvas, body.x + 86, body.y + 16, scene.address ?? '', MUTED);
    for (const [i, colour] of ([MUTED, MUTED, MUTED] as const).entries()) {
      canvas.rounded(body.x + 12 + i * 18, body.y + 14, 12, 12, 6, colour);
    }
    canvas.fill(inner.x, body.y + 64, inner.width * 0.5, 14, [148, 163, 184]);
    textLines(
      canvas,
      { ...inner, y: body.y + 96, height: inner.height - 72 },
      random,
      [203, 213, 225],
    );
  } else if (scene.window === 'slides') {
    canvas.fill(body.x, body.y, 150, body.height, [241, 245, 249]);
    for (let i = 0; i < 4; i++) {
      canvas.fill(body.x + 18, body.y + 16 + i * 86, 114, 70, i === 1 ? [254, 215, 170] : WHITE);
      canvas.frame(
        body.x + 18,
        body.y + 16 + i * 86,
        114,
        70,
        i === 1 ? [234, 88, 12] : [203, 213, 225],
      );
    }
    const slide = {
      x: body.x + 180,
      y: body.y + 30,
      width: body.width - 210,
      height: body.height - 60,
    };
    canvas.gradient(
      slide.x,
      slide.y,
      slide.width,
      slide.height,
      [254, 243, 199],
      [254, 215, 170],
      12,
    );
    // The slide's title is the file's name ("Volcanoes.pptx - Slides").
    const heading = scene.title.split('.')[0] ?? '';
    drawText(canvas, slide.x + 30, slide.y + 34, heading, [154, 52, 18], 4);
    textLines(
      canvas,
      { x: slide.x + 30, y: slide.y + 110, width: slide.width * 0.55, height: 120 },
      random,
      [180, 83, 9],
    );
  } else if (scene.window === 'sign-in') {
    canvas.fill(body.x, body.y, body.width, body.height, [241, 245, 249]);
    const card = { x: body.x + body.width / 2 - 170, y: body.y + 40, width: 340, height: 250 };
    canvas.rounded(card.x, card.y, card.width, card.height, 10, WHITE);
    drawText(canvas, card.x + 30, card.y + 28, 'Sign in', INK, 3);
    for (const [i, label] of ['User name', 'Password'].entries()) {
      drawText(canvas, card.x + 30, card.y + 80 + i * 60, label, MUTED);
      canvas.frame(card.x + 30, card.y + 94 + i * 60, card.width - 60, 28, [148, 163, 184]);
    }
    drawText(canvas, card.x + 40, card.y + 103, 'ana.lopez', INK);
    drawText(canvas, card.x + 40, card.y + 163, '@@@@@@@@', INK);
    canvas.rounded(card.x + card.width - 130, card.y + 200, 100, 32, 6, [37, 99, 235]);
    drawText(canvas, card.x + card.width - 110, card.y + 212, 'Sign in', WHITE);
  } else {
    // A document: a ruler of tools, then a white page on a grey desk.
    canvas.fill(body.x, body.y, body.width, 34, [241, 245, 249]);
    for (let i = 0; i < 9; i++)
      canvas.rounded(body.x + 12 + i * 30, body.y + 7, 20, 20, 4, [203, 213, 225]);
    canvas.fill(body.x, body.y + 34, body.width, body.height - 34, [226, 232, 240]);
    const page = {
      x: body.x + body.width * 0.15,
      y: body.y + 50,
      width: body.width * 0.7,
      height: body.height - 50,
    };
    canvas.fill(page.x, page.y, page.width, page.height, WHITE);
    canvas.fill(page.x + 40, page.y + 36, page.width * 0.45, 16, [71, 85, 105]);
    textLines(
      canvas,
      { x: page.x + 40, y: page.y + 76, width: page.width - 80, height: page.height - 90 },
      random,
      [156, 163, 175],
    );
  }
}

function drawWindow(canvas: Canvas, scene: Scene, frame: Rect, random: () => number): void {
  canvas.fill(frame.x + 6, frame.y + 8, frame.width, frame.height, [0, 0, 0]); // shadow
  canvas.fill(frame.x, frame.y, frame.width, frame.height, WHITE);
  canvas.fill(frame.x, frame.y, frame.width, 32, [229, 231, 235]);
  drawText(canvas, frame.x + 14, frame.y + 12, scene.title, INK);
  const close = frame.x + frame.width - 46;
  canvas.fill(close, frame.y, 46, 32, [220, 38, 38]);
  drawText(canvas, close + 20, frame.y + 12, 'x', WHITE);
  drawText(canvas, close - 40, frame.y + 12, '_', INK);
  drawWindowBody(canvas, scene, { ...frame, y: frame.y + 32, height: frame.height - 32 }, random);
}

function drawDialog(canvas: Canvas, scene: Scene, centre: { x: number; y: number }): void {
  const { dialog } = scene;
  const textWide = Math.max(textWidth(dialog.title, 2), ...dialog.lines.map((l) => textWidth(l)));
  const box = { width: Math.max(360, textWide + 110), height: 170 };
  const x = Math.round(centre.x - box.width / 2);
  const y = Math.round(centre.y - box.height / 2);
  canvas.fill(x + 8, y + 10, box.width, box.height, [30, 30, 30]);
  canvas.fill(x, y, box.width, box.height, [249, 250, 251]);
  canvas.frame(x, y, box.width, box.height, [156, 163, 175]);
  // The icon: a red disc with "!" for an error, an amber square with "!" for a warning.
  const icon: Colour = dialog.icon === 'error' ? [220, 38, 38] : [217, 119, 6];
  if (dialog.icon === 'error') canvas.rounded(x + 22, y + 26, 44, 44, 22, icon);
  else canvas.rounded(x + 22, y + 26, 44, 44, 6, icon);
  drawText(canvas, x + 37, y + 30, '!', WHITE, 4);
  drawText(canvas, x + 84, y + 28, dialog.title, INK, 2);
  dialog.lines.forEach((line, i) =>
    drawText(canvas, x + 84, y + 64 + i * (GLYPH_HEIGHT + 8), line, MUTED),
  );
  const buttonWidth = Math.max(84, textWidth(dialog.button) + 32);
  const button = { x: x + box.width - buttonWidth - 20, y: y + box.height - 50 };
  canvas.rounded(button.x, button.y, buttonWidth, 32, 6, [37, 99, 235]);
  const label = (buttonWidth - textWidth(dialog.button)) / 2;
  drawText(canvas, button.x + label, button.y + 12, dialog.button, WHITE);
}

/** Draws the screen of a computer whose user asks for help about `category`. */
export function drawDemoScreen(category: HelpCategory, seed: number): Buffer {
  const random = seededRandom(seed * 7919 + category.length);
  const { width, height } = DEMO_SCREEN_SIZE;
  const canvas = createCanvas(width, height, INK);
  const [top, bottom] = pick(random, WALLPAPERS);
  canvas.gradient(0, 0, width, height - TASKBAR_PX, top, bottom, 24);
  // Desktop icons down the left edge.
  for (let i = 0; i < 4; i++) canvas.rounded(18, 18 + i * 70, 40, 40, 8, [226, 232, 240]);
  drawTaskbar(canvas, random);
  const scene = SCENES[category][seed % SCENES[category].length]!;
  const frame = {
    x: 80 + Math.floor(random() * 60),
    y: 16 + Math.floor(random() * 30),
    width: Math.round(width * (0.72 + random() * 0.1)),
    height: height - TASKBAR_PX - 70,
  };
  drawWindow(canvas, scene, frame, random);
  drawDialog(canvas, scene, {
    x: frame.x + frame.width / 2 + (random() - 0.5) * 120,
    // Below the sign-in form, so its fields still show; elsewhere about the middle.
    y: frame.y + frame.height * (scene.window === 'sign-in' ? 0.72 : 0.5) + (random() - 0.5) * 80,
  });
  return canvas.png();
}

const drawn = new Map<string, Buffer>();

/**
 * The picture for a request about `category`, one of VARIANTS_PER_CATEGORY per category: the demo
 * raises many hands, and each picture is drawn once.
 */
export function demoScreenshot(category: HelpCategory, seed: number): Buffer {
  const variant = Math.abs(Math.trunc(seed)) % VARIANTS_PER_CATEGORY;
  const key = `${category}:${variant}`;
  let picture = drawn.get(key);
  if (!picture) {
    picture = drawDemoScreen(category, variant + 1);
    drawn.set(key, picture);
  }
  return picture;
}
