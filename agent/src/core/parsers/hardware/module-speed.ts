// A memory module's rated speed as MT/s, whichever way the source wrote it: "1067 MHz" (what
// Apple and dmidecode call MHz is the transfer rate), "6400 MT/s", or the module's marketing
// name ("PC2-4200U-444", "PC133-333", "PC3-10600") that older Macs print instead.

/** The JEDEC transfer rates, MT/s; a bandwidth-derived figure is snapped to the nearest. */
const STANDARD_RATES_MTS = [
  200, 266, 333, 400, 533, 667, 800, 1066, 1333, 1600, 1866, 2133, 2400, 2666, 2933, 3200,
] as const;
/** How far a bandwidth / 8 figure may sit from a standard rate (PC2-4200 → 525 vs 533: 1.5 %). */
const SNAP_TOLERANCE = 0.03;
/** A 64-bit module moves 8 bytes per transfer, so MB/s ÷ 8 = MT/s. */
const BYTES_PER_TRANSFER = 8;
/** SDR names (PC66, PC100, PC133) carry the clock itself. */
const HIGHEST_SDR_MHZ = 133;
/** DDR4 names carry the rate when they are this small (PC4-2400), else the bandwidth (PC4-19200). */
const HIGHEST_DDR4_RATE_MTS = 3200;

const RATE = /^(\d+(?:[.,]\d+)?)\s*(?:mhz|mt\/s)$/i;
/** PC2-4200, PC3-10600, PC4-2400: generation, dash, figure. */
const GENERATION_NAME = /^PC(\d)-(\d{3,5})/i;
/** PC133-333, PC2700, PC-100: no generation digit. */
const PLAIN_NAME = /^PC-?(\d{2,5})/i;

/** The rate in MT/s, or undefined for "Empty", "Unknown" and other words. */
export function memorySpeedMTs(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  const rate = RATE.exec(trimmed);
  if (rate?.[1]) return positive(Math.round(Number(rate[1].replace(',', '.'))));
  const generation = GENERATION_NAME.exec(trimmed);
  if (generation?.[1] && generation[2]) {
    const figure = Number(generation[2]);
    if (generation[1] === '4' && figure <= HIGHEST_DDR4_RATE_MTS) return figure;
    return fromBandwidth(figure);
  }
  const plain = PLAIN_NAME.exec(trimmed);
  if (plain?.[1]) {
    const figure = Number(plain[1]);
    return figure <= HIGHEST_SDR_MHZ ? positive(figure) : fromBandwidth(figure);
  }
  return undefined;
}

function fromBandwidth(megabytesPerSecond: number): number | undefined {
  const rate = megabytesPerSecond / BYTES_PER_TRANSFER;
  const nearest = STANDARD_RATES_MTS.find(
    (standard) => Math.abs(standard - rate) <= standard * SNAP_TOLERANCE,
  );
  return nearest ?? positive(Math.round(rate));
}

const positive = (value: number): number | undefined => (value > 0 ? value : undefined);
