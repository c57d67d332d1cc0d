// Monitors name their maker by a three-letter PNP id in the EDID ("DEL", "SAM"). The common
// ones in schools, as the company names people know; any other id is passed on as it is.

const PNP_VENDORS: ReadonlyMap<string, string> = new Map([
  ['ACI', 'ASUS'],
  ['AUS', 'ASUS'],
  ['ACR', 'Acer'],
  ['AOC', 'AOC'],
  ['APP', 'Apple'],
  ['AUO', 'AU Optronics'],
  ['BNQ', 'BenQ'],
  ['BOE', 'BOE'],
  ['CMN', 'Innolux'],
  ['CMO', 'Chi Mei'],
  ['DEL', 'Dell'],
  ['EIZ', 'EIZO'],
  ['ENC', 'EIZO'],
  ['FUS', 'Fujitsu'],
  ['GBT', 'Gigabyte'],
  ['GSM', 'LG'],
  ['HKC', 'HKC'],
  ['HSD', 'HannStar'],
  ['HPN', 'HP'],
  ['HWP', 'HP'],
  ['IVM', 'iiyama'],
  ['IVO', 'InfoVision'],
  ['LEN', 'Lenovo'],
  ['LGD', 'LG Display'],
  ['LPL', 'LG Display'],
  ['MEI', 'Panasonic'],
  ['MSI', 'MSI'],
  ['NEC', 'NEC'],
  ['PHL', 'Philips'],
  ['SAM', 'Samsung'],
  ['SDC', 'Samsung Display'],
  ['SHP', 'Sharp'],
  ['SNY', 'Sony'],
  ['TSB', 'Toshiba'],
  ['VSC', 'ViewSonic'],
]);

/** The maker's name for a PNP id, or the id itself when the table does not know it. */
export function pnpVendorName(id: string): string {
  return PNP_VENDORS.get(id.toUpperCase()) ?? id;
}
