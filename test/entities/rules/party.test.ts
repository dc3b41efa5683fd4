import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Democratic parties' committees (data/gazetteer/parties.ts). Sources: [Hohhot] 李炯走访调研农工党呼和浩特市委会
// (呼和浩特市政协, 2023-10-27, 内蒙古); [Wuhan] 致公党济宁市委会来汉调研 (致公党武汉市委会, 2023-08-09, 湖北);
// [Gejiu] 民革个旧市委成立农业农村工作委员会 (2020-05-29, 云南); [Yangjiang] 农工党阳江市第四次党员大会 (农工党中央,
// 2016-08, 广东).

const FOUND: Found[] = [
  [
    "a party's city committee [Hohhot]",
    "市政协党组书记、主席李炯走访调研所联系的农工党呼和浩特市委会，看望慰问农工党界别委员",
    "农工党呼和浩特市委会",
    "institution",
  ],
  ["a titled person after it [Hohhot]", "市人大常委会副主任、农工党呼和浩特市委会主委蓝峰，市政协副主席王国华参加活动。", "蓝峰", "person"],
  ["致公党 [Wuhan]", "致公党武汉市委会专职副主委周天磊热情接待了调研组一行", "致公党武汉市委会", "institution"],
  ["a committee written 市委 [Gejiu]", "近日，民革个旧市委召开会议，专题研究如何做好对口联系工作", "民革个旧市委", "institution"],
  [
    "a base committee [Yangjiang]",
    "阳江市市政协副主席、民进阳江市基层委员会主委林碧艳代表我市各民主党派致贺词。",
    "民进阳江市基层委员会",
    "institution",
  ],
];

const NOT_FOUND: NotFound[] = [
  ["not the Communist Party's city committee [Hohhot]", "市人大常委会副主任、农工党呼和浩特市委会主委蓝峰参加活动。", "呼和浩特市委"],
  ["nor the province's [Yangjiang]", "农工党广东省委会专职副主委刘启德代表农工党广东省委向大会表示祝贺", "广东省委"],
  ["人民进行 is no party (constructed guard)", "坚持人民进行监督的市委工作机制", "民进行监督的市委"],
  ["a party named alone is no committee [Hohhot]", "看望慰问农工党界别委员，听取意见建议", "农工党界别委员"],
];

describe("partyCommittees", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
