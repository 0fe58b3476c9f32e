/** The box that filters a list as one types (the sidebar's applications, the board): the caller keeps the query. */
import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

type SearchInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value: string;
  onSearch: (query: string) => void;
};

/** Without a placeholder of its own, the box shows its accessible name as the hint. */
export function SearchInput({ value, onSearch, ...props }: SearchInputProps) {
  return (
    <TextInput
      placeholder={props['aria-label']}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(event) => onSearch(event.currentTarget.value)}
      {...props}
    />
  );
}
