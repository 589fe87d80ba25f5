import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FileUpload } from './FileUpload';
import { apiError, mockApi, type Call } from '../test/fetchMock';
import { renderApp } from '../test/render';

const record = {
  id: 41,
  purpose: 'attachment',
  name: '章程.pdf',
  originalName: '章程.pdf',
  mime: 'application/pdf',
  size: 245_760,
  checksum: 'ab'.repeat(32),
  owner: null,
  regionCode: '500235',
  createdBy: 2,
  createdAt: '2026-03-02T01:00:00Z',
};

function choose(name: string, type: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], name, { type })] } });
}

const upload = (calls: Call[]) => calls.find((c) => c.method === 'POST' && c.path === '/api/files');

describe('FileUpload', () => {
  it('posts the purpose before the file, with the CSRF token, and hands the stored file to the form', async () => {
    document.cookie = 'shezu_csrf=csrf-token; path=/';
    const { calls } = mockApi({ 'POST /api/files': { status: 201, body: record } });
    const onChange = vi.fn();
    renderApp(<FileUpload purpose="attachment" onChange={onChange} />);

    choose('章程.pdf', 'application/pdf');
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({ id: 41, name: '章程.pdf', size: 245_760, mime: 'application/pdf' }),
    );

    const call = upload(calls)!;
    expect(call.headers.get('X-CSRF-Token')).toBe('csrf-token');
    const form = call.body as FormData;
    // The API reads the parts in order and decides on the purpose before it reads any content.
    expect([...form.keys()]).toEqual(['purpose', 'file']);
    expect(form.get('purpose')).toBe('attachment');
    // jsdom's File loses its name and bytes on the way into the test's fetch; its type survives.
    expect(form.get('file')).toMatchObject({ type: 'application/pdf' });
  });

  it('shows the server’s refusal of the file type beside the field and clears the value', async () => {
    mockApi({
      'POST /api/files': apiError(415, 'FILE_TYPE_REJECTED', '文件内容与扩展名不符：请上传 PDF、JPG 或 PNG 文件', {
        file: '文件内容与扩展名不符：请上传 PDF、JPG 或 PNG 文件',
      }),
    });
    const onChange = vi.fn();
    renderApp(
      <FileUpload
        purpose="attachment"
        value={{ id: 3, name: '旧.pdf', size: 10, mime: 'application/pdf' }}
        onChange={onChange}
      />,
    );

    choose('伪装.pdf', 'application/pdf');
    expect(await screen.findByTestId('file-upload-error')).toHaveTextContent(
      '文件内容与扩展名不符：请上传 PDF、JPG 或 PNG 文件',
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows the file the form holds, with its size', () => {
    mockApi({});
    renderApp(
      <FileUpload purpose="attachment" value={{ id: 41, name: '章程.pdf', size: 245_760, mime: 'application/pdf' }} />,
    );
    expect(screen.getByTestId('file-upload-value')).toHaveTextContent('章程.pdf（240 KB）');
  });
});
