// What the catalog tells clients about a streamer beyond the registry: its capture input's fields
// and its entity's value fields, read from the streamer's own SDL.
import { Kind, parse, type TypeNode } from 'graphql';
import { inputNameOf, type Streamer } from '../kit/definition.js';
import { RecordSchema } from '../kit/recordSchema.js';
import { streamerSdl } from '../kit/sdl.js';

export interface InputFieldInfo {
  name: string;
  type: string;
  list: boolean;
  required: boolean;
  description: string | null;
  nativeName: string;
}

export interface StreamerInfo {
  inputFields: InputFieldInfo[];
  entityFields: string[];
  recordSchema: RecordSchema;
}

const valueTypes = new Set(['ID', 'String', 'Int', 'Float', 'Boolean', 'JSON']);

function unwrap(type: TypeNode): { name: string; list: boolean; required: boolean } {
  const required = type.kind === Kind.NON_NULL_TYPE;
  let list = false;
  let at: TypeNode = type;
  while (at.kind !== Kind.NAMED_TYPE) {
    if (at.kind === Kind.LIST_TYPE) list = true;
    at = at.type;
  }
  return { name: at.name.value, list, required };
}

export function streamerInfo(streamer: Streamer): StreamerInfo {
  const recordSchema = RecordSchema.load(streamer.recordSchema);
  const nativeByInput = new Map(recordSchema.fieldNames.map((native) => [inputNameOf(streamer, native), native]));
  const definitions = parse(streamerSdl(streamer)).definitions;
  const input = definitions.find((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === streamer.api.inputType);
  const entity = definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === streamer.api.entityType);
  const inputFields = input?.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ? input.fields ?? [] : [];
  const entityFields = entity?.kind === Kind.OBJECT_TYPE_DEFINITION ? entity.fields ?? [] : [];
  return {
    recordSchema,
    inputFields: inputFields.map((field) => {
      const { name, list, required } = unwrap(field.type);
      return {
        name: field.name.value,
        type: name,
        list,
        required,
        description: field.description?.value ?? null,
        nativeName: nativeByInput.get(field.name.value) ?? field.name.value,
      };
    }),
    entityFields: entityFields.filter((field) => valueTypes.has(unwrap(field.type).name)).map((field) => field.name.value),
  };
}
