import { Component, type ReactNode } from 'react'
import { messageOf } from './page-error'

interface BlockBoundaryProps {
  /** A change (new props for the block) lets a failed block try again. */
  resetKey: string
  /** Called once per failure, in the commit phase. */
  onCatch: (error: unknown) => void
  /** What a failed block shows (nothing in production). */
  placeholder: (message: string) => ReactNode
  children: ReactNode
}

interface BlockBoundaryState {
  failed: boolean
  message: string
}

/** One block's error boundary: a block that throws while rendering never takes its neighbours down. */
export class BlockBoundary extends Component<BlockBoundaryProps, BlockBoundaryState> {
  override state: BlockBoundaryState = { failed: false, message: '' }

  static getDerivedStateFromError(error: unknown): BlockBoundaryState {
    return { failed: true, message: messageOf(error) }
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCatch(error)
  }

  override componentDidUpdate(previous: BlockBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false, message: '' })
    }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.placeholder(this.state.message) : this.props.children
  }
}
