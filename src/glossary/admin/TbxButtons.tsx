export function TbxButtons() {
  return null
}
