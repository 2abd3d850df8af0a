import { describe, expect, test } from "vitest";
import {
  validateDocument,
  type Coup,
  type FuzzyDate,
  type Meeting,
  type NewsDocument,
  type Partnership,
} from "../../src/index.js";
import { canonicalDocument, deepFreeze, exampleDocument, type RealEventExample } from "../helpers/fixtures.js";

// Issue 22: each class of time impossibility is one issue, with its pointer and words, in real
// documents of several kinds (the canonical meeting, coup and partnership, and real coups and
// treaties); the rows with no issue are what must stay valid.

type Source = "canonical" | RealEventExample;
type Row = { name: string; doc: Source; edit: (d: NewsDocument) => void; issue?: [string, string, RegExp] };

const day = (value: string, more: Partial<FuzzyDate> = {}): FuzzyDate => ({
  value,
  precision: "day",
  method: "explicit",
  ...more,
});
const event = <T>(d: NewsDocument, i: number) => d.events?.[i] as T;

const afterPublication: Row[] = [
  {
    // The canonical article's second meeting: the first is where the partnership's negotiations
    // opened, and moving it alone would also move it away from that stage (a second contradiction).
    name: "a meeting that took place, dated after the article",
    doc: "canonical",
    edit: (d) => void (event<Meeting>(d, 1).date = day("2023-11-10")),
    issue: [
      "date-order",
      "/events/1/date/value",
      /after the article \(2023-11-08T12:00:00\+00:00; got 2023-11-10\).*meeting that took place/,
    ],
  },
  {
    name: "a coup, dated after the article",
    doc: "bolivia-coup-attempt-2024",
    edit: (d) => void (event<Coup>(d, 0).date = day("2024-06-28")),
    issue: ["date-order", "/events/0/date/value", /after the article .*a coup reported as failed/],
  },
  {
    name: "a coup's step, dated after the article",
    doc: "niger-coup-2023",
    edit: (d) => void (event<Coup>(d, 0).steps![6]!.date = day("2023-08-03")),
    issue: [
      "date-order",
      "/events/0/steps/6/date/value",
      /after the article \(2023-07-31T09:00:00\+00:00; got 2023-08-03\)/,
    ],
  },
  {
    name: "a reaction to a coup, made after the article",
    doc: "niger-coup-2023",
    edit: (d) => void (event<Coup>(d, 0).reactions![0]!.date = "2023-08-02"),
    issue: ["date-order", "/events/0/reactions/0/date", /after the article .*a reaction made/],
  },
  {
    name: "a partnership's stage reached after the article",
    doc: "canonical",
    // Not reached at the meeting of 7 November any more: a stage dated away from its meeting is another contradiction.
    edit: (d) => {
      const change = event<Partnership>(d, 4).stageHistory![0]!;
      delete change.meeting;
      change.date = day("2023-11-10");
    },
    issue: ["date-order", "/events/4/stageHistory/0/date/value", /after the article .*partnership stage reached/],
  },
  {
    name: "a figure current as of a day after the article",
    doc: "niger-coup-2023",
    edit: (d) =>
      void (event<Coup>(d, 0).quantities = [
        { counts: "detained", precision: "at-least", value: 1, text: "at least one", asOf: "2023-08-05" },
      ]),
    issue: ["date-order", "/events/0/quantities/0/asOf", /after the article .*a figure given/],
  },
  {
    name: "a clock time after the article's own, on its day",
    doc: "bolivia-coup-attempt-2024",
    edit: (d) => void (event<Coup>(d, 0).steps![1]!.date = day("2024-06-27", { time: "04:00+00:00" })),
    issue: ["date-order", "/events/0/steps/1/date/value", /got 2024-06-27 04:00\+00:00/],
  },
  {
    // Found by a third trial: "this Tuesday" resolved against a day after the article.
    name: "a relative date anchored after the article",
    doc: "canonical",
    edit: (d) => void (event<Meeting>(d, 0).date!.anchor = "2023-11-15"),
    issue: [
      "date-order",
      "/events/0/date/anchor",
      /after the article \(2023-11-08T12:00:00\+00:00; got 2023-11-15\): the words "this Tuesday" are relative to a day the article had not reached$/,
    ],
  },
  {
    name: "(valid) a relative date anchored on the day of the article's later modification",
    doc: "canonical",
    edit: (d) => {
      d.modified = "2023-11-15T12:00:00+00:00";
      event<Meeting>(d, 0).date!.anchor = "2023-11-15";
    },
  },
  {
    name: "(valid) a planned meeting after the article",
    doc: "canonical",
    edit: (d) => Object.assign(event<Meeting>(d, 1), { status: "planned", date: day("2023-12-01") }),
  },
  {
    name: "(valid) a meeting on the day of the article's later modification",
    doc: "canonical",
    edit: (d) => {
      d.modified = "2023-11-10T12:00:00+00:00";
      event<Meeting>(d, 1).date = day("2023-11-10");
    },
  },
  {
    name: "(valid) a day that may already have begun somewhere when the article was published",
    doc: "canonical",
    edit: (d) => void (event<Meeting>(d, 1).date = day("2023-11-09")),
  },
];

const clockOrder: Row[] = [
  {
    name: "a meeting that ends before it starts, on one day",
    doc: "canonical",
    edit: (d) =>
      Object.assign(event<Meeting>(d, 0), {
        date: day("2023-11-07", { time: "15:00+00:00" }),
        endDate: day("2023-11-07", { time: "11:00+00:00" }),
      }),
    issue: [
      "date-order",
      "/events/0/endDate/time",
      /before the event's start \(2023-11-07 15:00\+00:00; got 2023-11-07 11:00/,
    ],
  },
  {
    name: "a coup that ends before it starts, on one day",
    doc: "bolivia-coup-attempt-2024",
    edit: (d) =>
      Object.assign(event<Coup>(d, 0), {
        date: day("2024-06-26", { time: "15:00-04:00" }),
        endDate: day("2024-06-26", { time: "14:30-04:00" }),
      }),
    issue: ["date-order", "/events/0/endDate/time", /before the event's start/],
  },
  {
    name: "a signing that ends before it starts, by the offsets",
    doc: "russia-north-korea-treaty-2024",
    edit: (d) =>
      Object.assign(event<Partnership>(d, 1), {
        date: day("2024-06-19", { time: "12:00+09:00" }),
        endDate: day("2024-06-19", { time: "02:30+00:00" }),
      }),
    issue: ["date-order", "/events/1/endDate/time", /got 2024-06-19 02:30\+00:00/],
  },
  {
    name: "(valid) an earlier clock in a later time zone",
    doc: "canonical",
    edit: (d) =>
      Object.assign(event<Meeting>(d, 0), {
        date: day("2023-11-07", { time: "14:00+03:00" }),
        endDate: day("2023-11-07", { time: "12:00+00:00" }),
      }),
  },
  {
    name: "(valid) an approximate end ('around 11')",
    doc: "canonical",
    edit: (d) =>
      Object.assign(event<Meeting>(d, 0), {
        date: day("2023-11-07", { time: "11:30+00:00" }),
        endDate: day("2023-11-07", { time: "11:00+00:00", qualifier: "about" }),
      }),
  },
];

const relativeOrder: Row[] = [
  {
    name: "a step stated after another but clocked before it",
    doc: "bolivia-coup-attempt-2024",
    edit: (d) => {
      const steps = event<Coup>(d, 0).steps!;
      steps[2]!.date!.time = "18:00-04:00";
      steps[3]!.date!.time = "17:10-04:00";
    },
    issue: ["date-order", "/events/0/steps/3/date/value", /stated after "troops-withdrawn" \(2024-06-26 18:00-04:00\)/],
  },
  {
    name: "a step stated at the same time as another but a day later",
    doc: "niger-coup-2023",
    edit: (d) => void (event<Coup>(d, 0).steps![2]!.date!.value = "2023-07-27"),
    issue: [
      "date-order",
      "/events/0/steps/2/date/value",
      /stated at the same time as "tv-announcement" \(2023-07-26\)/,
    ],
  },
  {
    name: "a meeting stated after another but dated before it",
    doc: "canonical",
    edit: (d) =>
      void (event<Meeting>(d, 1).date = day("2023-11-06", {
        relativeTo: { target: "coulibaly-shoigu-meeting", relation: "after" },
      })),
    issue: ["date-order", "/events/1/date/value", /stated after "coulibaly-shoigu-meeting" \(2023-11-07\)/],
  },
  {
    name: "a treaty's milestone stated before the summit but dated after it",
    doc: "russia-north-korea-treaty-2024",
    edit: (d) =>
      void (event<Partnership>(d, 1).milestones![0]!.date!.relativeTo = {
        target: "putin-kim-pyongyang-2024",
        relation: "before",
      }),
    issue: ["date-order", "/events/1/milestones/0/date/value", /stated before "putin-kim-pyongyang-2024"/],
  },
  {
    name: "(valid) steps listed out of time order",
    doc: "niger-coup-2023",
    edit: (d) => {
      const steps = event<Coup>(d, 0).steps!;
      steps.push(steps.shift()!);
      steps.reverse();
    },
  },
  {
    name: "(valid) a step after another by its clock time on the same day",
    doc: "bolivia-coup-attempt-2024",
    edit: (d) => {
      const steps = event<Coup>(d, 0).steps!;
      steps[2]!.date!.time = "17:00-04:00";
      steps[3]!.date!.time = "18:10-04:00";
    },
  },
];

const datedTwice: Row[] = [
  {
    name: "a treaty signed on one day in its history and another in its instrument",
    doc: "russia-north-korea-treaty-2024",
    edit: (d) => void (event<Partnership>(d, 1).instrument!.signed = day("2024-06-20")),
    issue: [
      "inconsistent",
      "/events/1/instrument/signed/value",
      /is 2024-06-20, but stageHistory\/0 dates the signing 2024-06-19/,
    ],
  },
  {
    name: "a detention dated apart from the detained president's fate",
    doc: "niger-coup-2023",
    edit: (d) => void (event<Coup>(d, 0).steps![0]!.date!.value = "2023-07-27"),
    issue: [
      "inconsistent",
      "/events/0/steps/0/date/value",
      /participants\/3 \(mohamed-bazoum\) has the detention dated 2023-07-26/,
    ],
  },
  {
    name: "a resignation dated apart from the president's fate",
    doc: "mali-coup-2020",
    edit: (d) => void (event<Coup>(d, 0).participants![1]!.fateHistory![1]!.date!.value = "2020-08-19"),
    issue: ["inconsistent", "/events/0/steps/2/date/value", /has the resignation dated 2020-08-19/],
  },
  {
    name: "an ultimatum whose length and last day disagree",
    doc: "niger-coup-2023",
    edit: (d) =>
      void (event<Coup>(d, 0).reactions![0]!.deadline = {
        text: "one week",
        duration: "P7D",
        by: day("2023-08-10"),
      }),
    issue: ["inconsistent", "/events/0/reactions/0/deadline/by/value", /P7D from 2023-07-30 runs out on 2023-08-06/],
  },
  {
    name: "a deadline that runs out before it was set",
    doc: "niger-coup-2023",
    edit: (d) => void (event<Coup>(d, 0).reactions![0]!.deadline = { text: "by Saturday", by: day("2023-07-29") }),
    issue: [
      "date-order",
      "/events/0/reactions/0/deadline/by/value",
      /before the date the period runs from \(2023-07-30/,
    ],
  },
  {
    name: "a ratification deadline from the summit that disagrees with its day",
    doc: "russia-north-korea-treaty-2024",
    edit: (d) =>
      void (event<Partnership>(d, 1).milestones![0]!.deadline = {
        text: "within 30 days of the summit",
        duration: "P30D",
        from: "putin-kim-pyongyang-2024",
        by: day("2024-08-30"),
      }),
    issue: ["inconsistent", "/events/1/milestones/0/deadline/by/value", /P30D from 2024-06-19 runs out on 2024-07-19/],
  },
  {
    name: "(valid) an ultimatum of a week that ends on the seventh day",
    doc: "niger-coup-2023",
    edit: (d) =>
      void (event<Coup>(d, 0).reactions![0]!.deadline = { text: "one week", duration: "P7D", by: day("2023-08-06") }),
  },
  {
    name: "(valid) 48 hours from an evening, running out on the third day",
    doc: "niger-coup-2023",
    edit: (d) =>
      void (event<Coup>(d, 0).steps![1]!.deadline = {
        text: "within 48 hours",
        duration: "PT48H",
        by: day("2023-07-29"),
      }),
  },
];

const load = (source: Source): NewsDocument => (source === "canonical" ? canonicalDocument() : exampleDocument(source));

describe.each([
  ["dated after the article that reports it as done", afterPublication],
  ["an end before its start on one day, clock times compared", clockOrder],
  ["ordered by dates and times stated relative to each other, not by the list", relativeOrder],
  ["the same fact dated differently in two fields", datedTwice],
])("%s", (_, rows) => {
  test.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const doc = load(row.doc);
    expect(validateDocument(doc).ok).toBe(true);
    row.edit(doc);
    const result = validateDocument(deepFreeze(doc));
    const issues = result.ok ? [] : result.issues;
    if (row.issue === undefined) {
      expect(issues).toEqual([]);
      return;
    }
    const [code, pointer, words] = row.issue;
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([[code, pointer]]);
    expect(issues[0]?.message).toMatch(words);
  });
});
