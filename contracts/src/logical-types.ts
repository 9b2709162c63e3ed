import * as avro from 'avsc';

/** `long` + `timestamp-millis` read as a JS Date and written from one, so instants are never bare numbers in code. */
export class TimestampMillis extends avro.types.LogicalType {
  override _fromValue(value: number): Date {
    return new Date(value);
  }
  override _toValue(value: unknown): number | undefined {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
    return undefined;
  }
  override _resolve(type: avro.Type): ((value: number) => Date) | undefined {
    if (avro.Type.isType(type, 'long', 'int', 'logical:timestamp-millis')) return (value) => this._fromValue(value);
    return undefined;
  }
}

export const logicalTypes = { 'timestamp-millis': TimestampMillis };
