import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitRequestBody } from '@/api/limitRequestBody'
import { checkQueryString, reportGraphQLClientErrors } from '@/api/routeGuards'

export const POST = limitRequestBody(
  checkQueryString(reportGraphQLClientErrors(GRAPHQL_POST(config))),
)
export const OPTIONS = REST_OPTIONS(config)
