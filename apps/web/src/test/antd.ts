import { fireEvent, screen, waitFor, within } from '@testing-library/react';

/** Opens an antd Select found by its test id and picks the option with this label. */
export async function chooseOption(testId: string, label: string): Promise<void> {
  const root = screen.getByTestId(testId);
  const box = root.getAttribute('role') === 'combobox' ? root : within(root).getByRole('combobox');
  fireEvent.mouseDown(box);
  const option = await waitFor(() => {
    const hit = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (el) => el.textContent?.trim().startsWith(label) && !el.closest('.ant-select-dropdown-hidden'),
    );
    if (!hit) throw new Error(`no option ${label}`);
    return hit;
  });
  fireEvent.click(option);
}
