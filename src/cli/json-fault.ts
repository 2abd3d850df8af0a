// The describer moved to core (check reports a broken block with it too); the CLI's name stays.
export { jsonFault, lineAndColumn, type JsonFault } from "../core/json-fault.js";
