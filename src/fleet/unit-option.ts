// One option of a unit file, as fleet's API v1 carries a unit: `{section, name, value}`. A unit is
// the ordered list of its options; an option given twice appears twice.
export interface UnitOption {
  readonly section: string;
  readonly name: string;
  readonly value: string;
}
