import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { answerMissingFiles } from '@/api/answerMissingFiles'
import { limitRequestBody } from '@/api/limitRequestBody'
import { refuseUnversionedVersions } from '@/api/refuseUnversionedVersions'
import { checkQueryString } from '@/api/routeGuards'
import { sameOriginWrites } from '@/api/sameOriginWrites'

export const GET = checkQueryString(
  answerMissingFiles(config, refuseUnversionedVersions(config, REST_GET(config))),
)
export const POST = sameOriginWrites(
  limitRequestBody(checkQueryString(refuseUnversionedVersions(config, REST_POST(config)))),
)
export const DELETE = sameOriginWrites(checkQueryString(REST_DELETE(config)))
export const PATCH = sameOriginWrites(limitRequestBody(checkQueryString(REST_PATCH(config))))
export const PUT = sameOriginWrites(limitRequestBody(checkQueryString(REST_PUT(config))))
export const OPTIONS = REST_OPTIONS(config)
