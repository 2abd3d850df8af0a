// The canonical document with the model's newer parts in use (issue 27 item 4): every event gets
// quantities (exact, about, a range, money counted by someone) and relations (part-of with a
// number, responds-to a target in the document, a coded PLOVER relation-free term), and a
// general-kind `Event` is added beside the Meeting, Coup and Partnership. The facts are
// illustrative, so no evidence spans are given (evidence is optional on these parts); the result
// must validate, and `bench/run.mjs` fails loudly if it does not.
export function richDocument(base) {
  const doc = structuredClone(base);
  const ids = doc.events.map((event) => event.id);
  doc.events = doc.events.map((event, index) => ({
    ...event,
    quantities: [
      { counts: "participants", precision: "about", value: 40 + index, text: `about ${40 + index} officials` },
      { counts: "troops", precision: "range", min: 10, max: 20, text: "between 10 and 20 people" },
      {
        counts: "money",
        precision: "exact",
        value: 1_000_000,
        unit: "USD",
        countedBy: "russian-defence-ministry",
        text: "$1m",
      },
      {
        counts: { scheme: "wikidata", code: "Q11436", label: "aircraft" },
        precision: "exact",
        value: 2,
        text: "two aircraft",
      },
    ],
    relations: [
      { relation: "part-of", name: "Russian defence diplomacy in the Sahel", number: index + 1 },
      ...(index > 0 ? [{ relation: "follows", target: ids[index - 1] }] : []),
    ],
  }));
  doc.events.push({
    kind: "Event",
    id: "moscow-press-briefing",
    name: "Press briefing after the defence ministers' talks",
    summary: "The Russian defence ministry briefed reporters on the talks.",
    salience: "background",
    date: { text: "29 November 2023", value: "2023-11-29", precision: "day", method: "explicit" },
    location: "moscow",
    classes: ["Q1362482"],
    participants: [{ entity: "russian-defence-ministry", role: "participant" }],
    quantities: [{ counts: "participants", precision: "at-least", value: 30, text: "at least 30 reporters" }],
    relations: [{ relation: "results-from", target: ids[0] }],
  });
  return doc;
}
