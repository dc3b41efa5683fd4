import { SUFFIXES } from "../lexicon.ts";
import { placeNameAt } from "../placeStart.ts";
import { suffixRule } from "./suffix.ts";

/** A place in brackets inside a company's name (瑞来新材料（山东）有限公司): the name's own place. */
const BRACKETED_PLACE = /[（(][\u4e00-\u9fff]{2,8}[）)]/;
/** A park's ending right after the place (苏州工业园区…): the place names the park, kept whole. */
const PARK_FIRST = new RegExp(`^(?:${SUFFIXES.park.join("|")})`);

/**
 * 山推工程机械股份有限公司, 长城控股集团, 辰欣药业, 日照银行苏州分行; 控股 or 股份 a few words before 集团 is inside the name.
 * A division's name before a name that carries its own place in brackets (设在某县瑞来新材料（山东）有限公司) is where the
 * company is, not part of its name.
 */
export const companyBySuffix = suffixRule("companyBySuffix", "company", {
  notFollowedBy: "公司|有限|[\\u4e00-\\u9fff]{0,4}集团",
  stripPrefix: (body, at) => {
    const bracket = BRACKETED_PLACE.exec(body.slice(at));
    if (!bracket || placeNameAt(bracket[0].slice(1, -1)).length !== bracket[0].length - 2) return 0;
    const place = placeNameAt(body, at).length;
    const rest = body.slice(at + place);
    return place > 0 && !/^[（(]/.test(rest) && !PARK_FIRST.test(rest) && rest.length >= 4 ? place : 0;
  },
});
