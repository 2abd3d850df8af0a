// The agreement gate: before any peer is timed, it must give Ajv's answer (compiled at run time
// from the published schemas) on valid events and on events with exactly one error. A peer that
// disagrees is a different check, and its time would say nothing.

const edit = (value, change) => {
  const copy = structuredClone(value);
  change(copy);
  return copy;
};

/**
 * Valid and one-error Meetings and Coups built from the canonical document's events and from the
 * rich document's (bench/rich-document.mjs: the same events with quantities and relations), with
 * coded terms (the open lists: a token or a PLOVER/CAMEO/Wikidata/IPTC term) both ways.
 */
export function gateInputs(doc, rich) {
  const meeting = doc.events.find((e) => e.kind === "Meeting" && e.date?.evidence);
  const coup = doc.events.find((e) => e.kind === "Coup" && e.participants?.length);
  const richMeeting = rich.events.find((e) => e.kind === "Meeting" && e.id === meeting?.id);
  const richCoup = rich.events.find((e) => e.kind === "Coup" && e.id === coup?.id);
  if (!meeting || !coup || !richMeeting?.quantities || !richCoup?.relations)
    throw new Error("the canonical or rich document lost its dated meeting or its coup");
  const cameo = { scheme: "cameo", code: "042", label: "Make a visit" };
  const coerce = { scheme: "plover", code: "COERCE", label: "Coerce" };
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
    { name: "the rich meeting (quantities, relations)", kind: "meeting", value: richMeeting },
    { name: "the rich coup (quantities, relations)", kind: "coup", value: richCoup },
    {
      name: "meeting: a role as a CAMEO term",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = cameo;
      }),
    },
    {
      name: "meeting: a visit as a Wikidata term",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.visit = { scheme: "wikidata", code: "Q1361229", label: "state visit" };
      }),
    },
    {
      name: "coup: a token and a PLOVER term as initiators",
      kind: "coup",
      value: edit(coup, (c) => {
        c.initiators = ["military", coerce];
      }),
    },
    {
      name: "coup: a fate as an IPTC term",
      kind: "coup",
      value: edit(coup, (c) => {
        c.participants[0].fate = ["detained", { scheme: "iptc", code: "20000070", label: "arrest" }];
      }),
    },
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
    {
      name: "meeting: a term of an unknown scheme",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { scheme: "gdelt", code: "042", label: "Make a visit" };
      }),
    },
    {
      name: "meeting: a PLOVER code not in PLOVER",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { scheme: "plover", code: "CONSULTT", label: "Consult" };
      }),
    },
    {
      name: "meeting: a CAMEO code with a letter",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { ...cameo, code: "04a" };
      }),
    },
    {
      name: "meeting: a term without its label",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { scheme: "cameo", code: "042" };
      }),
    },
    {
      name: "meeting: a term with a blank label",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { ...cameo, label: "  " };
      }),
    },
    {
      name: "meeting: a term with an unknown key",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.participants[0].role = { ...cameo, note: "x" };
      }),
    },
    {
      name: "coup: the same term twice among the initiators (equal by value)",
      kind: "coup",
      value: edit(coup, (c) => {
        c.initiators = [coerce, { ...coerce }];
      }),
    },
    {
      name: "meeting: a quantity precision not in the list",
      kind: "meeting",
      value: edit(richMeeting, (m) => {
        m.quantities[0].precision = "roughly";
      }),
    },
    {
      name: "meeting: a quantity without its text",
      kind: "meeting",
      value: edit(richMeeting, (m) => {
        delete m.quantities[0].text;
      }),
    },
    {
      name: "meeting: a negative quantity",
      kind: "meeting",
      value: edit(richMeeting, (m) => {
        m.quantities[0].value = -3;
      }),
    },
    {
      name: "meeting: a currency in lower case",
      kind: "meeting",
      value: edit(richMeeting, (m) => {
        m.quantities[2].unit = "usd";
      }),
    },
    {
      name: "meeting: a counted thing as a term of no scheme",
      kind: "meeting",
      value: edit(richMeeting, (m) => {
        m.quantities[3].counts = { code: "Q11436", label: "aircraft" };
      }),
    },
    {
      name: "coup: a relation not in the list",
      kind: "coup",
      value: edit(richCoup, (c) => {
        c.relations[0].relation = "caused";
      }),
    },
    {
      name: "coup: a relation number 0",
      kind: "coup",
      value: edit(richCoup, (c) => {
        c.relations[0].number = 0;
      }),
    },
    {
      name: "coup: a fractional relation number",
      kind: "coup",
      value: edit(richCoup, (c) => {
        c.relations[0].number = 1.5;
      }),
    },
    {
      name: "meeting: a class twice",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.classes = ["Q1361229", "Q1361229"];
      }),
    },
    {
      name: "meeting: a time of day 25:00",
      kind: "meeting",
      value: edit(meeting, (m) => {
        m.date.time = "25:00+01:00";
      }),
    },
  ];
}

/**
 * Inputs outside the gate, where a library's own semantics differ from JSON Schema's: the run
 * reports which peers answer otherwise than Ajv (what they cannot express), without stopping.
 */
export function edgeInputs(rich) {
  const coup = rich.events.find((e) => e.kind === "Coup" && e.relations);
  const coerce = { scheme: "plover", code: "COERCE", label: "Coerce" };
  return [
    {
      name: "a token, then the same coded term twice (uniqueItems compares by value)",
      kind: "coup",
      value: { ...coup, initiators: ["military", coerce, { ...coerce }] },
    },
    {
      name: "a relation number of 10^20 (JSON Schema's integer has no upper bound)",
      kind: "coup",
      value: { ...coup, relations: [{ relation: "part-of", number: 1e20 }] },
    },
  ];
}

/** For each edge input, the peers whose answer differs from the reference's. */
export function edgeDifferences(peers, reference, inputs) {
  return inputs.map((input) => {
    const expected = reference(input.value);
    return {
      name: input.name,
      expected,
      differ: peers.filter((peer) => peer[input.kind](input.value) !== expected).map((peer) => peer.name),
    };
  });
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
