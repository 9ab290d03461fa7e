/**
 * An error answer in Payload's own shape, `{"errors":[{"message":"…"}]}`, so that our endpoints
 * and route guards read exactly like the errors Payload's REST API gives.
 */
export function errorResponse(message: string, status: number, headers?: HeadersInit) {
  return Response.json({ errors: [{ message }] }, { status, headers })
}
