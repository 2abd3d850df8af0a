// The Meeting and Coup shapes as TypeScript types with typia's tags: the same constraints as
// bench/peers/shapes.md lists. `typia generate` (run by bench/run.mjs) turns createIs<T>() into
// plain checking code ahead of time: no eval at run time.
import typia, { tags } from "typia";

type Id = string & tags.Pattern<"^[a-z0-9][a-z0-9-]{0,99}$">;
type NonEmpty = string & tags.MinLength<1>;
type CalendarDate = string & tags.Pattern<"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$">;

interface Evidence {
  start: number & tags.Type<"int64"> & tags.Minimum<0>;
  end: number & tags.Type<"int64"> & tags.Minimum<1>;
  text: NonEmpty;
}

interface FuzzyDate {
  text?: NonEmpty;
  value: string & tags.Pattern<"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$">;
  precision: "day" | "month" | "year" | "interval";
  method: "explicit" | "relative" | "source" | "inferred";
  anchor?: CalendarDate;
  evidence?: Evidence[];
}

interface Common {
  id: Id;
  name: NonEmpty;
  summary?: NonEmpty;
  salience: "main" | "background";
  date?: FuzzyDate;
  endDate?: FuzzyDate;
  location?: Id;
  wikidata?: string & tags.Pattern<"^Q[1-9][0-9]*$">;
  evidence?: Evidence[];
}

interface MeetingParticipant {
  entity: Id;
  role: "host" | "visitor" | "participant" | "mediator";
  represents?: Id;
  evidence?: Evidence[];
}

export interface Meeting extends Common {
  kind: "Meeting";
  participants: MeetingParticipant[] & tags.MinItems<2>;
  scale: "bilateral" | "multilateral";
  attendance: "in-person" | "remote" | "hybrid";
  visit?: "state" | "official" | "working" | "private";
  thirdLocation?: boolean;
  status?: "occurred" | "planned" | "cancelled" | "postponed";
  topics?: NonEmpty[];
  outcomes?: NonEmpty[];
  advances?: Id[];
}

type Fate = "unharmed" | "injured" | "killed" | "house-arrest" | "detained" | "tried" | "fled" | "exiled" | "resigned" | "unknown";

interface CoupParticipant {
  entity: Id;
  role: "perpetrator" | "leader" | "ousted" | "target" | "loyalist" | "supporter";
  represents?: Id;
  evidence?: Evidence[];
  fate?: Fate[] & tags.UniqueItems;
}

export interface Coup extends Common {
  kind: "Coup";
  country: Id;
  participants?: CoupParticipant[];
  initiators?: ("military" | "palace" | "rebel" | "dissident" | "foreign-backed" | "self-coup" | "forced-resignation" | "popular-revolt" | "counter-coup" | "other")[] & tags.MinItems<1> & tags.UniqueItems;
  outcome: "successful" | "in-control" | "failed" | "attempted" | "plot" | "alleged";
  outcomeAsOf?: CalendarDate;
}

export const isMeeting = typia.createEquals<Meeting>();
export const isCoup = typia.createEquals<Coup>();
