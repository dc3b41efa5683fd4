import { describe, expect, it } from "vitest";
import { shortForms } from "../../data/entities/aliases.ts";
import { looksLikePersonName } from "../../data/entities/person.ts";
import { ROLE_TITLES } from "../../data/entities/titles.ts";

// Names from the sentences cited in titledPersons.test.ts ([Changzhou], [Huoqiu], [Zhuhai]).
const NAMES: [name: string, strong: boolean, expected: boolean][] = [
  ["胡小坚", false, true], // common surname
  ["洪涛", false, true], // a common surname the earlier list lacked
  ["封晓春", true, true], // rare surname, three characters, after a title
  ["封晓春", false, false], // …but not without that evidence
  ["束学龙", true, true],
  ["强调", true, false], // 强 is a rare surname, but a two-character word is not taken on it
  ["平在会", true, false], // function characters are not a given name
  ["江大桥", true, false], // a facility's word
  ["单位", true, false], // a word, though 单 is a surname
  ["伞景辉", true, false], // 伞 is below the corpus's frequency floor: unknown
  ["欧阳明", false, true], // compound surname
];

describe("looksLikePersonName", () => {
  it.each(NAMES)("%s (strong=%s) → %s", (name, strong, expected) => {
    expect(looksLikePersonName(name, strong)).toBe(expected);
  });
});

describe("ROLE_TITLES", () => {
  it("lists deputies and tries longer titles first", () => {
    for (const t of ["署长", "副署长", "调研员", "巡视员", "创始人", "院士", "董事长", "董事"]) expect(ROLE_TITLES).toContain(t);
    expect(ROLE_TITLES.indexOf("董事长")).toBeLessThan(ROLE_TITLES.indexOf("董事"));
    expect(ROLE_TITLES.indexOf("副书记")).toBeLessThan(ROLE_TITLES.indexOf("书记"));
  });
});

describe("shortForms", () => {
  it("gives a company's name without its legal ending and without its region", () => {
    const forms = shortForms(["一博科技股份有限公司", "河北智跑游乐设备制造有限公司", "华诺威控股集团"]);
    expect(forms.get("一博科技")).toBe("一博科技股份有限公司");
    expect(forms.get("智跑游乐设备制造")).toBe("河北智跑游乐设备制造有限公司");
    expect([...forms.keys()]).not.toContain("华诺威控股"); // no legal ending: already a short name
  });
});
