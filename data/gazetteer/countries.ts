import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };

/**
 * Countries and territories outside China by their Chinese short names (新加坡, 德国, 韩国), from the ISO 3166-1 list
 * as the maintained i18n-iso-countries package names them in Chinese (langs/zh.json). Left out: China and its own
 * parts (CN, HK, MO, TW: places of the region reference data), Antarctica (AQ, no country), names with list punctuation
 * (SH), and 中非 (the Central African Republic's short name, which reports write for 中国—非洲: 中非合作).
 */
const ZH: { countries: Record<string, string | string[]> } = zh;

const LEFT_OUT = new Set(["CN", "HK", "MO", "TW", "AQ", "CF"]);

export const COUNTRY_NAMES: readonly string[] = Object.entries(ZH.countries)
  .filter(([code]) => !LEFT_OUT.has(code))
  .flatMap(([, names]) => (Array.isArray(names) ? names : [names]))
  .filter((name) => /^[\u4e00-\u9fff]{2,}$/.test(name))
  .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
