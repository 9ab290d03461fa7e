import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type ExecutionArgs,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

/**
 * Fields nested inside one another, counted from the operation: `Guides { docs { relatedFaqs {
 * relatedGuides { title } } } }` is 5. Our own pages read through the Local API; 8 leaves room
 * for a list, its docs and three relationship hops.
 */
export const maxGraphQLDepth = 8

/**
 * The most field values one query may ask for, each list counting as many values as it can
 * return. Payload's own complexity (`graphQL.maxComplexity`) only adds a relationship's cost to
 * its children's, so a relationship nested 25 times is 260 "complex" although it fans out to
 * every related document at every level: 10^25 values, and the server dies of heap exhaustion.
 * This counts the fan-out: 20,000 values is a page of 100 guides with their related FAQs.
 */
export const maxGraphQLCost = 20_000

/**
 * What running one query costs beyond the values it returns, in values: each top-level field and
 * each list with a `limit` (Payload's finds, and join fields, found once per parent document)
 * is a round trip to Postgres, about 20 ms however little it returns.
 */
export const graphQLFindCost = 100

/** How many documents a list field with no `limit` of its own is assumed to return. */
const assumedFanOut = 10
/** Payload's default `limit` for collection lists and join fields. */
const defaultLimit = 10

type Costing = {
  context: ValidationContext
  variables: Record<string, unknown>
  /** Values counted so far (each visited field is at least one): counting stops past the cap. */
  visited: number
  deepest: number
}

class OverBudget extends Error {}

const numberValue = (node: ValueNode | undefined, variables: Record<string, unknown>) => {
  if (!node) return undefined
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value]
    return typeof value === 'number' ? value : undefined
  }
  return undefined
}

/**
 * The variables the operation runs with: those sent, and the default values of those not sent
 * (`query ($l: Int = 100)`), which GraphQL uses just the same.
 */
function variablesOf(operation: OperationDefinitionNode, sent: Record<string, unknown>) {
  const variables = { ...sent }
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value
    if (!(name in variables) && definition.defaultValue?.kind === Kind.INT) {
      variables[name] = Number(definition.defaultValue.value)
    }
  }
  return variables
}

/**
 * How many values one occurrence of the field stands for: a `limit` argument (Payload's lists
 * and joins) says how many documents come back; a list without one (a hasMany relationship) is
 * assumed to hold `assumedFanOut`. `listCounted` is set for the `docs` inside a limited field.
 */
function fanOut(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  costing: Costing,
  listCounted: boolean,
): { times: number; countsList: boolean } {
  if (field.args.some((arg) => arg.name === 'limit')) {
    const given = numberValue(
      args.find((arg) => arg.name.value === 'limit')?.value,
      costing.variables,
    )
    // `limit: 0` is "no limit" to Payload: count it as the most a client may ask for.
    const times = given === undefined ? defaultLimit : given <= 0 ? 100 : given
    return { times, countsList: true }
  }
  if (isListType(getNullableType(field.type)) && !listCounted) {
    return { times: assumedFanOut, countsList: false }
  }
  return { times: 1, countsList: false }
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  depth: number,
  costing: Costing,
  fragmentsOnPath: ReadonlySet<string>,
  listCounted = false,
): number {
  costing.deepest = Math.max(costing.deepest, depth)
  if (depth > maxGraphQLDepth) return 0
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value
      costing.visited += 1
      if (costing.visited > maxGraphQLCost) throw new OverBudget()
      // Introspection is as large as the schema, not the data; GraphQL tools send it deep.
      if (name.startsWith('__')) {
        cost += 1
        continue
      }
      const field = 'getFields' in parentType ? parentType.getFields()[name] : undefined
      if (!field) continue // an unknown field: GraphQL's own rules report it
      const { times, countsList } = fanOut(field, selection.arguments ?? [], costing, listCounted)
      const type = getNamedType(field.type)
      const children =
        selection.selectionSet && isCompositeType(type)
          ? selectionCost(
              selection.selectionSet,
              type,
              depth + 1,
              costing,
              fragmentsOnPath,
              countsList,
            )
          : 0
      const runsQuery = depth === 1 || field.args.some((arg) => arg.name === 'limit')
      cost += times * (1 + children) + (runsQuery ? graphQLFindCost : 0)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value
      const type = typeName ? costing.context.getSchema().getType(typeName) : parentType
      if (type && isCompositeType(type)) {
        cost += selectionCost(
          selection.selectionSet,
          type,
          depth,
          costing,
          fragmentsOnPath,
          listCounted,
        )
      }
    } else {
      const name = selection.name.value
      // A fragment that spreads itself is GraphQL's own error (NoFragmentCycles).
      if (fragmentsOnPath.has(name)) continue
      const fragment = costing.context.getFragment(name)
      const type =
        fragment && costing.context.getSchema().getType(fragment.typeCondition.name.value)
      if (fragment && type && isCompositeType(type)) {
        cost += selectionCost(
          fragment.selectionSet,
          type,
          depth,
          costing,
          new Set([...fragmentsOnPath, name]),
          listCounted,
        )
      }
    }
    if (cost > maxGraphQLCost) throw new OverBudget()
  }
  return cost
}

const tooCostly = () =>
  `The query asks for more than ${maxGraphQLCost.toLocaleString('en')} values (lists count every document they can return). Ask for fewer documents (limit) or fewer nested relationships, or split it into several queries.`

/**
 * A GraphQL validation rule that refuses, before anything runs, a query nested deeper than
 * `maxGraphQLDepth` or asking for more than `maxGraphQLCost` values, with aliases, fragments,
 * each relationship's fan-out and each query's own cost (`graphQLFindCost`) counted. The route guard answers its errors with a 400.
 */
export function limitGraphQLQueryCost(args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule {
  const variables = (args.variableValues ?? {}) as Record<string, unknown>
  return (context) => ({
    OperationDefinition(operation) {
      const root =
        operation.operation === 'mutation'
          ? context.getSchema().getMutationType()
          : context.getSchema().getQueryType()
      if (!root) return
      const costing: Costing = {
        context,
        variables: variablesOf(operation, variables),
        visited: 0,
        deepest: 0,
      }
      let overBudget = false
      try {
        selectionCost(operation.selectionSet, root, 1, costing, new Set())
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error
        overBudget = true
      }
      if (costing.deepest > maxGraphQLDepth) {
        context.reportError(
          new GraphQLError(
            `The query is nested more than ${maxGraphQLDepth} levels deep; at most ${maxGraphQLDepth} are allowed. Split it into several queries.`,
            { nodes: [operation], extensions: { statusCode: 400 } },
          ),
        )
      } else if (overBudget) {
        context.reportError(
          new GraphQLError(tooCostly(), { nodes: [operation], extensions: { statusCode: 400 } }),
        )
      }
    },
  })
}
