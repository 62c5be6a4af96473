import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { TransferMessage, TransferView } from '@/types/transfers'

export const transfersKey = ['transfers'] as const
/** The lists only: a step's answer is already the new state of the one application. */
export const transferListsKey = ['transfers', 'list'] as const
export const transferQueryKey = (id: string) => ['transfers', 'one', id] as const
export const messagesQueryKey = (id: string) => ['transfers', 'messages', id] as const

const url = (id: string) => `/api/transfers/${encodeURIComponent(id)}`

export const transferQueryOptions = (id: string) =>
  queryOptions({ queryKey: transferQueryKey(id), queryFn: ({ signal }) => api.get<TransferView>(url(id), signal) })

export function useTransfer(id: string) {
  return useQuery(transferQueryOptions(id))
}

/** Reading the thread marks it read for the caller on the server. */
export function useMessages(id: string) {
  return useQuery({
    queryKey: messagesQueryKey(id),
    queryFn: ({ signal }) => api.get<TransferMessage[]>(`${url(id)}/messages`, signal),
    // the other parties write while the page is open
    refetchInterval: 15_000,
  })
}
