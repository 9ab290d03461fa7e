import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { hideGraphQLSuggestions } from '@/api/hideGraphQLSuggestions'
import { checkQueryString, reportGraphQLClientErrors } from '@/api/routeGuards'

export const POST = checkQueryString(
  hideGraphQLSuggestions(reportGraphQLClientErrors(GRAPHQL_POST(config))),
)
export const OPTIONS = REST_OPTIONS(config)
