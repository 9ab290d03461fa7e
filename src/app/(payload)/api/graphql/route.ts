import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitGraphQLDocument } from '@/api/limitGraphQLDocument'
import { limitRequestBody } from '@/api/limitRequestBody'
import { hideGraphQLSuggestions } from '@/api/hideGraphQLSuggestions'
import { checkQueryString, reportGraphQLClientErrors } from '@/api/routeGuards'
import { sameOriginWrites } from '@/api/sameOriginWrites'

export const POST = sameOriginWrites(
  limitRequestBody(
    limitGraphQLDocument(
      checkQueryString(hideGraphQLSuggestions(reportGraphQLClientErrors(GRAPHQL_POST(config)))),
    ),
  ),
)
export const OPTIONS = REST_OPTIONS(config)
