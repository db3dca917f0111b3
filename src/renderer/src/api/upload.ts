import { ApiError } from '../../../shared/api/result';
import type { FileSource } from './rendererApi';
import { unwrapResult } from './unwrap';

/**
 * Sends a file to the workbench server. XMLHttpRequest rather than fetch because only XHR reports
 * upload progress, and a researcher's export can be hundreds of megabytes.
 */
export function uploadFile(token: string, file: File, onProgress?: (fraction: number) => void): Promise<FileSource> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        const body: unknown = JSON.parse(xhr.responseText);
        const value = unwrapResult<FileSource>(body);
        onProgress?.(1);
        resolve(value);
      } catch (err) {
        reject(err instanceof ApiError ? err : new ApiError('INTERNAL', `The upload failed (status ${xhr.status}).`));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError('INTERNAL', 'The upload was interrupted. Check that the Tokscope workbench is still running, then try again.'));
    xhr.onabort = () => reject(new ApiError('CANCELLED', 'The upload was cancelled.'));
    xhr.send(file);
  });
}
