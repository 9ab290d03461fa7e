import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * The most fields at the top of one operation, aliases and fragments included. Each is a query
 * (a find, a count, a mutation) of its own, run one after another on the request's connection:
 * 330 aliases of `Guides(limit: 1)` in a 4 KB query held a pool connection for 6.6 s, and four
 * of them made the API answer 503. A page of the site needs a handful.
 */
export const maxGraphQLRootFields = 20

/** Top-level fields of `selectionSet`, counted through fragments; stops past `limit`. */
function countRootFields(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragmentsOnPath: ReadonlySet<string>,
  limit: number,
): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, fragmentsOnPath, limit - count)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      // A fragment that spreads itself is GraphQL's own error (NoFragmentCycles).
      if (fragment && !fragmentsOnPath.has(name)) {
        const onPath = new Set([...fragmentsOnPath, name])
        count += countRootFields(fragment.selectionSet, context, onPath, limit - count)
      }
    }
    if (count > limit) return count
  }
  return count
}

/**
 * A GraphQL validation rule refusing, before anything runs, an operation with more than
 * `maxGraphQLRootFields` top-level fields. The route guard answers its error with a 400.
 */
export const limitGraphQLRootFields: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const count = countRootFields(operation.selectionSet, context, new Set(), maxGraphQLRootFields)
    if (count > maxGraphQLRootFields) {
      context.reportError(
        new GraphQLError(
          `The ${operation.operation} has more than ${maxGraphQLRootFields} top-level fields (aliases and fragments included); at most ${maxGraphQLRootFields} are allowed. Split it into several requests.`,
          { nodes: [operation], extensions: { statusCode: 400 } },
        ),
      )
    }
  },
})
