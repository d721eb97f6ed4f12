// Every problem of a capture in one answer, even when GraphQL refuses some of its values. A value of
// the wrong type (`year: "abc"` for `Int!`), a missing required field or an unknown one is refused by
// GraphQL's variable coercion here in the gateway, before the streamer's JSON Schema and rules run
// in its subgraph: alone, that would answer the type problems now and the others on the next try.
// So, before the gateway plans a capture whose input GraphQL would refuse, this plugin checks each
// record the way both layers would (core/problems.ts for GraphQL's types, the streamer's schema and
// rules for the values GraphQL accepts) and answers BAD_USER_INPUT with every problem, in the same
// shape and words as a refusal from the subgraph. Nothing is planned, nothing is written.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SourceLocation,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { recordRefused } from '../core/errors.js';
import { inputTypeProblems, recordField, type TypedField } from '../core/problems.js';
import type { FieldProblem } from '../core/wire.js';
import { inputRecordProblems } from '../subgraphs/kit/capture.js';
import type { Streamer } from '../subgraphs/kit/definition.js';
import { RecordSchema } from '../subgraphs/kit/recordSchema.js';
import { streamers } from '../subgraphs/registry.js';
import type { GatewayContext } from './auth.js';

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The streamer and the argument each capture mutation takes its records from. */
const captureFields = new Map<string, { streamer: Streamer; argument: string; batch: boolean }>(
  streamers.flatMap((s) => [
    [s.api.captureOne, { streamer: s, argument: 'input', batch: false }],
    [s.api.captureBatch, { streamer: s, argument: 'inputs', batch: true }],
  ]),
);

/** Root field nodes of a selection set, through fragments. */
function rootFieldNodes(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNodes(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFieldNodes(fragment.selectionSet, fragments) : [];
  });
}

// Read from the type's printed form (`[String!]!`): graphql's isListType refuses types built by the
// other graphql build (CommonJS under ESM) that @apollo/gateway may use.
function typedFields(schema: GraphQLSchema, inputType: string): TypedField[] {
  const type = schema.getType(inputType);
  if (!type || !('getFields' in type)) return [];
  return Object.values(type.getFields()).map((field) => {
    const printed = String(field.type);
    return { name: field.name, type: printed.replace(/[[\]!]/g, ''), list: printed.startsWith('['), required: printed.endsWith('!') };
  });
}

/** Every problem of one record: GraphQL's, then the record rules' over the values GraphQL accepts. */
function recordProblems(streamer: Streamer, fields: TypedField[], record: unknown): FieldProblem[] {
  const typeProblems = inputTypeProblems(record, fields);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return typeProblems;
  // A field GraphQL refused is named once, by GraphQL's problem.
  const refused = new Set(typeProblems.map(recordField));
  const accepted = Object.fromEntries(Object.entries(record).filter(([name]) => !refused.has(name) && fields.some((field) => field.name === name)));
  const ruleProblems = inputRecordProblems(streamer, RecordSchema.load(streamer.recordSchema), accepted).filter((problem) => !refused.has(recordField(problem)));
  // In the input's field order, fields it has not last.
  const order = (problem: FieldProblem) => {
    const at = fields.findIndex((field) => field.name === recordField(problem));
    return at < 0 ? fields.length : at;
  };
  return [...typeProblems, ...ruleProblems].sort((a, b) => order(a) - order(b));
}

interface Checked {
  /** Some value GraphQL itself refuses: without this plugin the answer would name only those. */
  graphqlRefuses: boolean;
  /** One BAD_USER_INPUT error per refused record. */
  errors: GraphQLError[];
  /** Where the capture inputs are in the document: GraphQL's errors about them are replaced. */
  inputs: { start: number; end: number }[];
}

/** Every capture record of an operation, checked as GraphQL and the streamer would check it. */
function check(operation: OperationDefinitionNode, document: DocumentNode, sent: Record<string, unknown> | undefined, schema: GraphQLSchema): Checked {
  const checked: Checked = { graphqlRefuses: false, errors: [], inputs: [] };
  if (operation.operation !== 'mutation') return checked;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const captures = rootFieldNodes(operation.selectionSet, fragments).filter((node) => captureFields.has(node.name.value));
  if (captures.length === 0) return checked;
  // The variables as sent, with the operation's defaults for those not sent.
  const variables: Record<string, unknown> = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const found = captures.map((node) => {
    const { streamer, argument, batch } = captureFields.get(node.name.value)!;
    const given = node.arguments?.find((arg) => arg.name.value === argument);
    if (given?.value.loc) checked.inputs.push({ start: given.value.loc.start, end: given.value.loc.end });
    const value = given ? valueFromASTUntyped(given.value, variables) : undefined;
    // GraphQL takes a single record where a list is expected as a list of one.
    const records: unknown[] = batch && Array.isArray(value) ? value : [value];
    const fields = typedFields(schema, streamer.api.inputType);
    if (records.some((record) => inputTypeProblems(record, fields).length > 0)) checked.graphqlRefuses = true;
    return { node, streamer, batch, records, fields };
  });
  // GraphQL accepts every value: the subgraph checks the records, once, as usual.
  if (!checked.graphqlRefuses) return checked;
  for (const { node, streamer, batch, records, fields } of found) {
    records.forEach((record, index) => {
      const problems = recordProblems(streamer, fields, record);
      if (problems.length === 0) return;
      // Counted from 0, as extensions.index and the client's `[0].title` count.
      const what = batch ? `${streamer.name} record at index ${index} of the batch` : `${streamer.name} record`;
      // A missing value is null on the wire, as in the subgraph's answers.
      const refused = recordRefused(streamer.name, problems.map((problem) => ({ ...problem, value: problem.value === undefined ? null : problem.value })), what);
      checked.errors.push(
        new GraphQLError(batch ? `${refused.message}. Nothing in the batch was stored` : refused.message, {
          path: [node.alias?.value ?? node.name.value],
          extensions: { ...refused.extensions, ...(batch && { index }) },
        }),
      );
    });
  }
  return checked;
}

/** The offset in `body` of a 1-based line and column. */
function offsetOf(body: string, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let at = 1; at < line; at++) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The plugin; `format` is the server's formatError (a response given here skips Apollo Server's). */
export function captureInputPlugin(format: Format): ApolloServerPlugin<GatewayContext> {
  const formatted = (errors: GraphQLError[]) => errors.map((error) => format(error.toJSON(), error));
  return {
    async requestDidStart() {
      return {
        // Values in variables: GraphQL checks them once the gateway executes; answer before that.
        async responseForOperation({ operation, document, request, schema }) {
          const { graphqlRefuses, errors } = check(operation, document, request.variables, schema);
          // GraphQL accepts every value: the subgraph checks the records and answers as usual.
          if (!graphqlRefuses) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: null, errors: formatted(errors) } } };
        },
        // Values written in the operation: GraphQL's validation refused them; its errors about the
        // capture inputs give way to the records' every problem.
        async willSendResponse({ response, document, request, schema, operation }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!body?.errors?.length || body.data !== undefined || operation || !document?.loc) return;
          const definition = getOperationAST(document, request.operationName);
          if (!definition) return;
          const { graphqlRefuses, errors, inputs } = check(definition, document, request.variables, schema);
          if (!graphqlRefuses) return;
          const source = document.loc.source.body;
          const aboutInputs = (error: GraphQLFormattedError) =>
            !!error.locations?.length && error.locations.every((location) => inputs.some(({ start, end }) => offsetOf(source, location) >= start && offsetOf(source, location) < end));
          const others = body.errors.filter((error) => !aboutInputs(error));
          body.errors = [...others, ...formatted(errors)];
          if (others.length === 0) {
            body.data = null;
            response.http.status = 200;
          }
        },
      };
    },
  };
}
