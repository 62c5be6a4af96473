import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { useUser } from '@/features/auth/api/get-me'
import type { TransferFile, TransferFileKind } from '@/types/transfers'
import { fileUrl, useDeleteTransferFile, useTransferFiles, useUploadTransferFile } from '../api/files'

/** Accepted by the server (checked by content there); the picker offers the same. */
export const FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.webp,.docx,application/pdf,image/png,image/jpeg,image/webp'

export function fileSize(bytes: number) {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** A file picker (several at once) whose files are only handed to the caller. */
export function FilePicker({ label, onFiles, disabled }: { label: string; onFiles: (files: File[]) => void; disabled?: boolean }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" multiple accept={FILE_TYPES} disabled={disabled}
        onChange={(e) => { onFiles(Array.from(e.target.files ?? [])); e.target.value = '' }} />
    </div>
  )
}

function FileLink({ transferId, file }: { transferId: string; file: TransferFile }) {
  return (
    <>
      <a href={fileUrl(transferId, file.id)} download>{file.fileName}</a>{' '}
      <span className="muted">({fileSize(file.size)} · {file.uploadedByName})</span>
    </>
  )
}

/**
 * The files of one part of an application (its documents, a milestone's evidence, follow-up
 * annexes): every party may add some; the uploader may remove theirs.
 */
export function TransferFiles({ transferId, kind }: { transferId: string; kind: TransferFileKind }) {
  const { t } = useTranslation()
  const { data: user } = useUser()
  const files = useTransferFiles(transferId)
  const add = useUploadTransferFile(transferId)
  const remove = useDeleteTransferFile(transferId)
  const mine = (files.data ?? []).filter((f) => f.kind === kind)
  return (
    <div className="transfer-files">
      <h4>{t('transfers.files.title')}</h4>
      {mine.length === 0 ? (
        <p className="muted">{t('transfers.files.none')}</p>
      ) : (
        <ul className="plain-list">
          {mine.map((f) => (
            <li key={f.id}>
              <FileLink transferId={transferId} file={f} />{' '}
              {f.uploadedBy === user?.id && (
                <button type="button" className="btn btn--secondary btn--small" disabled={remove.isPending} onClick={() => remove.mutate(f.id)}>
                  {t('transfers.files.remove', { name: f.fileName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FilePicker label={t('transfers.files.add')} disabled={add.isPending} onFiles={(picked) => picked.forEach((file) => add.mutate({ kind, file }))} />
      {add.isError && <ErrorAlert error={add.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
    </div>
  )
}
