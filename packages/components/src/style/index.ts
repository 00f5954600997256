import '../live-embed/style/index'
import '../live-floating-window/style/index'
import '../live-reserve-card/style/index'
import '../profile-button/style/index'
