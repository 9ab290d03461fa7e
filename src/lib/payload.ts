import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API for server components; Payload caches the instance per process. */
export const getPayloadClient = () => getPayload({ config })
