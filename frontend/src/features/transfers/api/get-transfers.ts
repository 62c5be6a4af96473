import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { transferListsKey } from './get-transfer'
import type { TransferStatus, TransferView } from '@/types/transfers'

/** The three lists: the requester's applications, the provider's inbox, the staff queue. */
export type TransferList = 'mine' | 'inbox' | 'queue'

const LIST_URL: Record<TransferList, string> = {
  mine: '/api/my/transfers',
  inbox: '/api/provider/transfers',
  queue: '/api/staff/transfers',
}

export type ListParams = { statuses: TransferStatus[]; sort: 'newest' | 'deadline'; page: number; size: number }

export function listUrl(list: TransferList, { statuses, sort, page, size }: ListParams) {
  const query = new URLSearchParams({ sort, page: String(page), size: String(size) })
  statuses.forEach((s) => query.append('status', s))
  return `${LIST_URL[list]}?${query}`
}

export function useTransferList(list: TransferList, params: ListParams) {
  return useQuery({
    queryKey: [...transferListsKey, list, params],
    queryFn: ({ signal }) => api.get<TransferView[]>(listUrl(list, params), signal),
    placeholderData: keepPreviousData,
  })
}
