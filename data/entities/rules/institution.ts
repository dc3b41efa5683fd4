import { regionEndsAt } from "./region.ts";
import { suffixRule } from "./suffix.ts";

/**
 * 清华大学, 山东省激光研究所, 苏州产业研究院, 上海证券交易所. A representative office is named by its city (武汉代表处): words
 * before 代表处 that do not end in a division's name are no name (设立联络处及代表处).
 */
export const institutionBySuffix = suffixRule("institutionBySuffix", "institution", {
  accept: (sentence, start, name) => !name.endsWith("代表处") || regionEndsAt(sentence, start + name.length - 3),
});

/**
 * An agency promoting investment or trade, named by its level and its field (市投资促进中心, 区贸易促进中心): the field words
 * are generic elsewhere, but before 促进中心 they are the agency's name.
 */
export const promotionCentre = suffixRule("promotionCentre", "institution", { suffixes: ["促进中心"], allowGenericBody: true });
