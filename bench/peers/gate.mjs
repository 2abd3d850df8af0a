// The agreement gate: before any peer is timed, it must give Ajv's answer (compiled at run time
// from the published schemas) on valid events and on events with exactly one error. A peer that
// disagrees is a different check, and its time would say nothing.

const edit = (value, change) => {
  const copy = structuredClone(value);
  change(copy);
  return copy;
};

/** Valid and one-error Meetings and Coups built from the canonical document's events. */
export function gateInputs(doc) {
  const meeting = doc.events.find((e) => e.kind === "Meeting" && e.date?.evidence);
  const coup = doc.events.find((e) => e.kind === "Coup" && e.participants?.length);
  if (!meeting || !coup) throw new Error("the canonical document lost its dated meeting or its coup");
  const minimalMeeting = {
    kind: "Meeting",
    id: "m",
    name: "Talks",
    salience: "main",
    participants: [
      { entity: "a", role: "host" },
      { entity: "b", role: "visitor" },
    ],
    scale: "bilateral",
    attendance: "remote",
  };
  const minimalCoup = { kind: "Coup", id: "c", name: "Coup", salience: "main", country: "x", outcome: "failed" };
  return [
    { name: "the canonical meeting", kind: "meeting", value: meeting },
    { name: "the canonical coup", kind: "coup", value: coup },
    { name: "a minimal meeting", kind: "meeting", value: minimalMeeting },
    { name: "a minimal coup", kind: "coup", value: minimalCoup },
    {
      name: "meeting: a role typo",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = "hostt";
      }),
    },
    {
      name: "meeting: scale missing",
      kind: "meeting",
      value: edit(meeting, (m) => {
        delete m.scale;
      }),
    },
    {
      name: "meeting: an unknown property",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.venue = "Moscow";
      }),
    },
    {
      name: "meeting: an id with capitals",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.id = "Coulibaly-Shoigu";
      }),
    },
    {
      name: "meeting: a date precision not in the list",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.date.precision = "week";
      }),
    },
    {
      name: "meeting: one participant",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants.length = 1;
      }),
    },
    {
      name: "meeting: a negative evidence start",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.evidence[0].start = -1;
      }),
    },
    {
      name: "meeting: a fractional evidence end",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.evidence[0].end = 1.5;
      }),
    },
    {
      name: "meeting: an unknown key in the date's evidence",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.date.evidence[0].note = "x";
      }),
    },
    {
      name: "meeting: an empty topic",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.topics = [""];
      }),
    },
    {
      name: "meeting: thirdLocation as a string",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.thirdLocation = "no";
      }),
    },
    {
      name: "coup: an outcome typo",
      kind: "coup",
      value: edit(coup, (c) => {
        c.outcome = "succesful";
      }),
    },
    {
      name: "coup: an initiator twice",
      kind: "coup",
      value: edit(coup, (c) => {
        c.initiators = ["military", "military"];
      }),
    },
    {
      name: "coup: no initiators",
      kind: "coup",
      value: edit(coup, (c) => {
        c.initiators = [];
      }),
    },
    {
      name: "coup: an empty name",
      kind: "coup",
      value: edit(coup, (c) => {
        c.name = "";
      }),
    },
    {
      name: "coup: country missing",
      kind: "coup",
      value: edit(coup, (c) => {
        delete c.country;
      }),
    },
    {
      name: "coup: month 13",
      kind: "coup",
      value: edit(coup, (c) => {
        c.date.value = "2022-13";
      }),
    },
    {
      name: "coup: a fate twice",
      kind: "coup",
      value: edit(coup, (c) => {
        c.participants[0].fate = ["killed", "killed"];
      }),
    },
    {
      name: "coup: a wikidata id that is not a QID",
      kind: "coup",
      value: edit(coup, (c) => {
        c.wikidata = "P31";
      }),
    },
  ];
}

/**
 * Throws, naming the peer and the input, unless every peer answers as `reference` does on every
 * input; also unless the inputs hold both answers (so the gate can fail both ways).
 */
export function runGate(peers, reference, inputs) {
  const expected = inputs.map((input) => reference(input.value));
  if (!expected.includes(true) || !expected.includes(false))
    throw new Error("the gate's inputs must hold valid and invalid events");
  for (const peer of peers) {
    inputs.forEach((input, i) => {
      const got = peer[input.kind](input.value);
      if (got !== expected[i])
        throw new Error(
          `${peer.name} says ${got ? "valid" : "invalid"} for ${input.name}; Ajv says ${expected[i] ? "valid" : "invalid"}`,
        );
    });
  }
  return { inputs: inputs.length, valid: expected.filter(Boolean).length };
}
