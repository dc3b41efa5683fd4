import { BOILERPLATE, MAX_BOILERPLATE } from "./lexicon.ts";

/** True for page furniture such as "扫码下载齐鲁壹点" or "编辑：晋森 组版：李腾 校对：丁安顺". */
export function isBoilerplate(line: string): boolean {
  return line.length <= MAX_BOILERPLATE && BOILERPLATE.some((re) => re.test(line));
}
