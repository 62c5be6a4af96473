import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import type { AttachmentView } from '@/types/catalog'
import { ATTACHMENT_TYPES, useDeleteAttachment, useUploadAttachment } from '../api/upload-attachment'

/** Files of a saved listing: upload (with progress) and remove. */
export function AttachmentsEditor({ listingId, attachments }: { listingId: string; attachments: AttachmentView[] }) {
  const { t } = useTranslation()
  const upload = useUploadAttachment()
  const remove = useDeleteAttachment()
  const [progress, setProgress] = useState<number | null>(null)

  function onFiles(files: FileList | null) {
    const file = files?.[0]
    if (!file) return
    setProgress(0)
    upload.mutate({ id: listingId, file, onProgress: setProgress }, { onSettled: () => setProgress(null) })
  }

  return (
    <div className="attachments-editor">
      <p className="muted">{t('editor.filesHint')}</p>
      {attachments.length > 0 && (
        <ul className="plain-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download>{a.fileName}</a>{' '}
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove.mutate({ id: listingId, fileId: a.id })}>
                {t('editor.removeFile', { name: a.fileName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="attachment-file">{t('editor.addFile')}</label>
        <input id="attachment-file" type="file" accept={ATTACHMENT_TYPES} onChange={(e) => { onFiles(e.target.files); e.target.value = '' }} disabled={upload.isPending} />
      </div>
      {progress !== null && <progress className="progress" max={1} value={progress} aria-label={t('editor.uploading')} />}
      {upload.isError && <ErrorAlert error={upload.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
    </div>
  )
}
