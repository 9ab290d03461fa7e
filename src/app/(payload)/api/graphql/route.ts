import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitGraphQLDocument } from '@/api/limitGraphQLDocument'
import { limitRequestBody } from '@/api/limitRequestBody'
import { checkQueryString, reportGraphQLClientErrors } from '@/api/routeGuards'

export const POST = limitRequestBody(
  limitGraphQLDocument(checkQueryString(reportGraphQLClientErrors(GRAPHQL_POST(config)))),
)
export const OPTIONS = REST_OPTIONS(config)
